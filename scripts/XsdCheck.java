import java.io.File;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates an XML file against an XML Schema: {@code java scripts/XsdCheck.java SCHEMA.xsd FILE.xml}. Prints
 * {@code valid: FILE} and exits 0, or prints each problem with its line and column and exits 1.
 */
public final class XsdCheck {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java XsdCheck.java SCHEMA.xsd FILE.xml");
            System.exit(2);
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(new File(args[0])).newValidator();
        int[] problems = {0};
        validator.setErrorHandler(new org.xml.sax.ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                report("warning", e);
            }

            @Override
            public void error(SAXParseException e) {
                problems[0]++;
                report("error", e);
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                problems[0]++;
                report("fatal", e);
                throw e;
            }

            private void report(String kind, SAXParseException e) {
                System.err.printf("%s:%d:%d: %s: %s%n", args[1], e.getLineNumber(), e.getColumnNumber(), kind,
                        e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new File(args[1])));
        } catch (SAXException e) {
            // already reported
        }
        if (problems[0] > 0) {
            System.exit(1);
        }
        System.out.println("valid: " + args[1]);
    }
}
