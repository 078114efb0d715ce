package org.copydesk.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/** The driver's Hadoop configuration (file systems, credentials settings) as executors rebuild it to open files. */
final class HadoopConf implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> entries = new HashMap<>();
    private transient Configuration conf;

    HadoopConf(Configuration driver) {
        for (Map.Entry<String, String> e : driver) {
            entries.put(e.getKey(), e.getValue());
        }
    }

    synchronized Configuration get() {
        if (conf == null) {
            Configuration c = new Configuration(false);
            entries.forEach(c::set);
            conf = c;
        }
        return conf;
    }
}
