package io.callcontrol.camel.ucdialogs.api;

/**
 * Marks the typed request records a message body may carry: their non-null fields are sent as request
 * parameters. Other bodies (e.g. the result of the previous uc-dialogs call in the same route) are ignored, so
 * operations can be chained.
 */
public interface UcDialogsRequest {
}
