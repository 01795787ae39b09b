package org.atrium.platform.error;

import java.util.List;

/** The request was readable but some fields are invalid; every problem is listed at once. */
public final class InvalidInput extends AtriumException {

  private final List<FieldError> errors;

  public InvalidInput(List<FieldError> errors) {
    super(summary(errors));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid input names at least one field");
    }
    this.errors = List.copyOf(errors);
  }

  public static InvalidInput of(String field, String message) {
    return new InvalidInput(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String title() {
    return "Invalid input";
  }

  private static String summary(List<FieldError> errors) {
    return errors.size() == 1
        ? errors.getFirst().field() + ": " + errors.getFirst().message()
        : errors.size() + " fields are invalid";
  }
}
