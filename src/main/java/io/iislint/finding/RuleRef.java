package io.iislint.finding;

/** What a finding carries of its rule: the id, the name, and the severity and category in force for this run. */
public record RuleRef(String id, String name, Severity severity, String category) {}
