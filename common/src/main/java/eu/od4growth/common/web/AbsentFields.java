package eu.od4growth.common.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A field without a value is left out of a JSON answer rather than written as null: the contracts' optional fields
 * are optional, not nullable (the hostile sweep found 4,188 nulls their schemas did not allow). The entries of a map
 * keep their nulls: a map is data as it is (CKAN's documents show {@code "author": null}, as CKAN does).
 */
@Singleton
public class AbsentFields implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setDefaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS));
    }
}
