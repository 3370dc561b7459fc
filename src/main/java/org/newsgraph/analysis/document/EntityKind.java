package org.newsgraph.analysis.document;

public enum EntityKind { PER, ORG, LOC, MISC }
