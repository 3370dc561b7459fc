package org.newsgraph.analysis.xref;

/** A scored pair: {@code first} is the article being linked, {@code second} an earlier candidate. */
public record XrefLink(String first, String second, double score, Relation relation, XrefEvidence evidence) {}
