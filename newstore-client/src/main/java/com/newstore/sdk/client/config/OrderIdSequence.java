package com.newstore.sdk.client.config;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * Describes how NewStore generates human-readable order ids: a prefix, the id size, the first
 * number and the step between numbers. <strong>Once set, the sequence cannot be changed</strong>:
 * NewStore refuses a second write, which the SDK reports as {@link
 * OrderIdSequenceAlreadySetException}. Immutable.
 *
 * <pre>{@code
 * client.salesOrderConfig().orderIdSequence().set(new OrderIdSequence("NS", 8, 1, 1));
 * }</pre>
 *
 * @param prefix the prefix of every id, or {@code null} for none
 * @param size the size of the ids
 * @param start the first number; greater than 0
 * @param step the step between numbers; greater than 0
 */
public record OrderIdSequence(
    @Nullable String prefix, @PositiveOrZero int size, @Positive int start, @Positive int step) {}
