package id.go.malangkota.ejkn.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public API's OpenAPI document (served at /v3/api-docs; docs/openapi.json is the checked-in copy). */
@Configuration
public class OpenApiConfiguration {

  @Bean
  OpenAPI ejknOpenApi() {
    return new OpenAPI()
        .info(new Info().title("e-JKN Cekat API").version("1")
            .description("API permohonan JKN Kota Malang (kelurahan, instansi, auditor, pemilik proses) dan cek status "
                + "untuk warga. Login: HTTP Basic (akun Camunda yang sama dengan Tasklist). Pesan kesalahan berbahasa "
                + "Indonesia dengan kode stabil (code) dan daftar kesalahan per kolom (errors)."))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
