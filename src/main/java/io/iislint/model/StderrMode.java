package io.iislint.model;

/** fastCgi/application/@stderrMode: what FastCGI does with what the application writes to stderr. */
public enum StderrMode implements IisEnum {
    ReturnStdErrIn500,
    ReturnGeneric500,
    IgnoreAndReturn200,
    TerminateProcess
}
