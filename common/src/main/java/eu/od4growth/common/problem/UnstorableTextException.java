package eu.od4growth.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A string of a request body that no database of the suite can store (PostgreSQL refuses U+0000 in text). Jackson
 * adds the path of the field on its way up, so the 400 problem names it.
 */
public class UnstorableTextException extends JsonMappingException {

    public static final String MESSAGE = "must not contain the NUL character (U+0000)";

    public UnstorableTextException(JsonParser parser) {
        super(parser, MESSAGE);
    }
}
