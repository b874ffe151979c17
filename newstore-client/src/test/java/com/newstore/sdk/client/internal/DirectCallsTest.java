package com.newstore.sdk.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newstore.sdk.contract.junit.ContractExempt;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Invocation;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * Structural guards for {@link DirectCalls}: the requests it builds are the ones Retrofit builds
 * (URL, method, body, tags), the resolved URL is reused instead of parsed on every call, and a
 * method shape it does not plan for still goes through Retrofit.
 */
@ContractExempt(
    "compares the direct call path with Retrofit's on a made-up things API, not a NewStore call")
class DirectCallsTest {
  @StartStop final MockWebServer server = new MockWebServer();

  interface Things {
    @Endpoint("things.get")
    @GET("v0/things/{id}/detail")
    Call<Map<String, Object>> get(@Path("id") String id, @Tag @Nullable NoRetry noRetry);

    @GET("v0/things")
    Call<Map<String, Object>> list();

    @POST("v0/things/{id}")
    Call<Void> update(@Path("id") String id, @Body Map<String, Object> body);

    @GET("v0/search")
    Call<Map<String, Object>> search(@Query("q") String q);
  }

  private Retrofit retrofit() {
    return new Retrofit.Builder()
        .baseUrl(server.url("/base/"))
        .client(new OkHttpClient())
        .addConverterFactory(MoshiConverterFactory.create(Json.moshi()))
        .build();
  }

  @Test
  void requests_equalRetrofits_forPlainAndAwkwardPathValues() throws IOException {
    Retrofit retrofit = retrofit();
    Things direct = DirectCalls.create(Things.class, retrofit);
    Things plain = retrofit.create(Things.class);
    for (String id : List.of("fr-1", "a b/c%d?e#f", "\u00e9\ud83d\ude00", "x\ud800y", "...")) {
      Request mine = direct.get(id, NoRetry.INSTANCE).request();
      Request theirs = plain.get(id, NoRetry.INSTANCE).request();
      assertThat(mine.url()).isEqualTo(theirs.url());
      assertThat(mine.method()).isEqualTo(theirs.method());
      assertThat(mine.tag(NoRetry.class)).isSameAs(NoRetry.INSTANCE);
      Invocation invocation = mine.tag(Invocation.class);
      assertThat(invocation.method().getName()).isEqualTo("get");
      assertThat(invocation.method().getAnnotation(Endpoint.class).value()).isEqualTo("things.get");
      assertThat(List.<Object>copyOf(invocation.arguments())).containsExactly(id, NoRetry.INSTANCE);
    }
    assertThat(direct.get("x", null).request().tag(NoRetry.class)).isNull();
    assertThatThrownBy(() -> direct.get("..", null).request())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> plain.get("..", null).request())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resolvedUrl_isReusedWhileThePathValuesRepeat() {
    Things direct = DirectCalls.create(Things.class, retrofit());

    assertThat(direct.list().request().url()).isSameAs(direct.list().request().url());
    assertThat(direct.get("a", null).request().url())
        .isSameAs(direct.get("a", null).request().url());
    assertThat(direct.get("b", null).request().url().encodedPath())
        .isEqualTo("/base/v0/things/b/detail");
  }

  @Test
  void executes_decodesSuccess_andHandsErrorsOnBuffered() throws IOException {
    Things direct = DirectCalls.create(Things.class, retrofit());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"a\":1}").build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(new MockResponse.Builder().code(404).body("{\"error_code\":\"x\"}").build());

    Response<Map<String, Object>> ok = direct.get("1", null).execute();
    Response<Void> empty = direct.update("2", Map.of("k", "v")).execute();
    Response<Map<String, Object>> missing = direct.list().execute();

    assertThat(ok.body()).containsEntry("a", 1.0);
    assertThat(empty.code()).isEqualTo(204);
    assertThat(empty.body()).isNull();
    assertThat(missing.isSuccessful()).isFalse();
    assertThat(missing.errorBody().string()).isEqualTo("{\"error_code\":\"x\"}");
  }

  @Test
  void unplannedShape_goesThroughRetrofit() {
    Things direct = DirectCalls.create(Things.class, retrofit());

    Request request = direct.search("a b").request();

    assertThat(request.url().encodedPath()).isEqualTo("/base/v0/search");
    assertThat(request.url().queryParameter("q")).isEqualTo("a b");
    assertThat(request.tag(Invocation.class).method().getName()).isEqualTo("search");
  }
}
