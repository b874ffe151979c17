package com.newstore.sdk.spring;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches unless {@code newstore.webhooks.deduplication=memory}. */
final class DeduplicationModeCondition extends SpringBootCondition {
  static final String PROPERTY = "newstore.webhooks.deduplication";

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata type) {
    DeduplicationMode mode = mode(Binder.get(context.getEnvironment()));
    return mode == DeduplicationMode.MEMORY
        ? ConditionOutcome.noMatch(PROPERTY + " is memory")
        : ConditionOutcome.match(
            PROPERTY + " is " + mode.name().toLowerCase(java.util.Locale.ROOT));
  }

  static DeduplicationMode mode(Binder binder) {
    return binder.bind(PROPERTY, DeduplicationMode.class).orElse(DeduplicationMode.AUTO);
  }
}
