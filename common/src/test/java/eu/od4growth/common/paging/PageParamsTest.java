package eu.od4growth.common.paging;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A list's page index stays where page × size cannot overflow; the limits are reported on the field. */
class PageParamsTest {

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private Set<ConstraintViolation<PageParams>> violations(int page, int size) {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        return validator.validate(params);
    }

    @Test
    void theLastReachablePageOfTheLargestSizeIsValidAndItsOffsetFitsAnInt() {
        assertThat(violations(ReachablePage.MAX, PageParams.MAX_SIZE)).isEmpty();
        assertThat((long) ReachablePage.MAX * PageParams.MAX_SIZE).isLessThan(Integer.MAX_VALUE);
    }

    @Test
    void aPageBeyondIsRefusedOnThePageField() {
        assertThat(violations(Integer.MAX_VALUE, 20)).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("page");
            assertThat(violation.getMessage()).isEqualTo("must be at most 1000000");
        });
        assertThat(violations(-1, 20)).extracting(v -> v.getPropertyPath().toString()).containsExactly("page");
    }
}
