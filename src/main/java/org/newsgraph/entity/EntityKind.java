package org.newsgraph.entity;

public enum EntityKind { PER, ORG, LOC, MISC }
