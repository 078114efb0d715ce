package org.copydesk.core;

/** Whether the sentence around a date mention reports it as past, announces it as future, or does not say. */
public enum TimeReference {
    PAST, FUTURE, UNKNOWN
}
