package eu.od4growth.common.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import eu.od4growth.common.problem.UnstorableTextException;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses, while a request body is read, any string or object key that holds U+0000: PostgreSQL cannot store it, so
 * it must be a 400 naming the field, never a 500 at the database.
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    static final char NUL = '\u0000';

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("od4g-storable-text")
                .addDeserializer(String.class, new Values())
                .addKeyDeserializer(String.class, new Keys()));
    }

    private static final class Values extends StdScalarDeserializer<String> {

        Values() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf(NUL) >= 0) {
                throw new UnstorableTextException(parser);
            }
            return value;
        }
    }

    private static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (key.indexOf(NUL) >= 0) {
                throw new UnstorableTextException(context.getParser());
            }
            return key;
        }
    }
}
