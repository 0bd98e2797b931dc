package io.callcontrol.camel.ucdialogs;

/**
 * HTTP 404: the dialog does not exist, has ended, or -- in user scope -- has no party belonging to the authorized
 * user (the document's example: {@code {"error_code":1413,"error_message":"Dialog not found"}}).
 */
public class UcDialogsNotFoundException extends UcDialogsException {

    private static final long serialVersionUID = 1L;

    public UcDialogsNotFoundException(String errorCode, String errorMessage, int httpStatus, String rawBody) {
        super(errorCode, errorMessage, httpStatus, rawBody);
    }
}
