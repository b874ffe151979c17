package com.newstore.examples.oms;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the external OMS: NewStore's webhooks in, NewStore's configuration APIs out. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ExternalOmsApplication {

  /**
   * Starts the application.
   *
   * @param args Spring Boot arguments, such as {@code --newstore.tenant=acme}
   */
  public static void main(String[] args) {
    SpringApplication.run(ExternalOmsApplication.class, args);
  }
}
