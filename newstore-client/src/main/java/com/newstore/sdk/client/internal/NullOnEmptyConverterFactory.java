package com.newstore.sdk.client.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Decodes an empty success body as null instead of failing with "End of input". NewStore's
 * configuration and integration endpoints may answer {@code 200} or {@code 201} with no body; the
 * services then fall back to what they sent or report the empty answer clearly.
 */
public final class NullOnEmptyConverterFactory extends Converter.Factory {
  @Override
  public @Nullable Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> delegate =
        retrofit.nextResponseBodyConverter(this, type, annotations);
    return body -> body.source().exhausted() ? null : delegate.convert(body);
  }
}
