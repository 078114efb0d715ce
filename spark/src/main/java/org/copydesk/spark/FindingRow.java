package org.copydesk.spark;

import java.io.Serializable;

/** One finding of one document, a row of {@code OUT/findings/} (a Java bean for Spark's encoder). */
public class FindingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String rule;
    private String severity;
    private String message;
    private int start;
    private int end;
    private int line;
    private int column;

    public FindingRow() {
    }

    FindingRow(String rule, String severity, String message, int start, int end, int line, int column) {
        this.rule = rule;
        this.severity = severity;
        this.message = message;
        this.start = start;
        this.end = end;
        this.line = line;
        this.column = column;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public int getStart() {
        return start;
    }

    public void setStart(int start) {
        this.start = start;
    }

    public int getEnd() {
        return end;
    }

    public void setEnd(int end) {
        this.end = end;
    }

    public int getLine() {
        return line;
    }

    public void setLine(int line) {
        this.line = line;
    }

    public int getColumn() {
        return column;
    }

    public void setColumn(int column) {
        this.column = column;
    }
}
