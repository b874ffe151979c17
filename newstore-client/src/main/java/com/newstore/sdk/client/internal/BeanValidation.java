package com.newstore.sdk.client.internal;

import com.newstore.sdk.client.NewStoreValidationException;
import com.newstore.sdk.client.NewStoreValidationException.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks Jakarta Bean Validation constraints on request values before anything is sent. Uses
 * Hibernate Validator with the parameter interpolator, so no Expression Language implementation is
 * needed at run time.
 */
public final class BeanValidation {
  private BeanValidation() {}

  /**
   * Throws when {@code value} breaks any of its constraints.
   *
   * @param value the request value
   * @param <T> the value's type
   * @return {@code value}, for chaining
   * @throws NewStoreValidationException listing every violation, when there is one
   */
  public static <T> T validate(T value) {
    Set<ConstraintViolation<T>> found = Holder.VALIDATOR.validate(value);
    if (!found.isEmpty()) {
      List<Violation> violations =
          found.stream()
              .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
              .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
              .toList();
      throw new NewStoreValidationException(value.getClass().getSimpleName(), violations);
    }
    return value;
  }

  /** Builds the validator on first use: Hibernate Validator's start-up is not free. */
  private static final class Holder {
    static final Validator VALIDATOR =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }
}
