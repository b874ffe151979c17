package com.newstore.sdk.client.eventstream;

import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * Tells NewStore to upload events to an S3 bucket instead of calling a URL ({@code s3_parameters}).
 * NewStore uploads about every 5 minutes to {@code
 * s3://{bucket}/{key_prefix}/{tenant}/{timestamp}-data-{random}.export}. The secret access key
 * never appears in {@link #toString()}.
 *
 * <pre>{@code
 * S3Parameters s3 = new S3Parameters(accessKeyId, System.getenv("AWS_SECRET_ACCESS_KEY"),
 *     "eu-west-1", "newstore-events", "prod");
 * }</pre>
 *
 * @param awsAccessKeyId {@code aws_access_key_id}
 * @param awsSecretAccessKey {@code aws_secret_access_key}
 * @param awsRegion {@code aws_region}, such as {@code eu-west-1}
 * @param bucket {@code bucket}
 * @param keyPrefix {@code key_prefix}, or null for none
 */
public record S3Parameters(
    @Json(name = "aws_access_key_id") @NotBlank String awsAccessKeyId,
    @Json(name = "aws_secret_access_key") @NotBlank String awsSecretAccessKey,
    @Json(name = "aws_region") @NotBlank String awsRegion,
    @NotBlank String bucket,
    @Json(name = "key_prefix") @Nullable String keyPrefix) {

  /**
   * Returns the bucket and region, never the secret access key.
   *
   * @return a description without secrets
   */
  @Override
  public String toString() {
    return "S3Parameters[awsAccessKeyId="
        + awsAccessKeyId
        + ", awsSecretAccessKey=<redacted>, awsRegion="
        + awsRegion
        + ", bucket="
        + bucket
        + ", keyPrefix="
        + keyPrefix
        + "]";
  }
}
