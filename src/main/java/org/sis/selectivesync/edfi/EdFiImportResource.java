package org.sis.selectivesync.edfi;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/edfi-imports?districtId=N&mode=all-or-nothing|valid-records}: imports the Ed-Fi
 * XML files sent as the file parts of a {@code multipart/form-data} body (parts without a file name
 * are ignored) and answers 200 with per file what was imported and every problem; 400 naming what
 * is wrong with the request, 403 without W on Ed-Fi Import or for another district.
 */
@Path("edfi-imports")
@Produces(MediaType.APPLICATION_JSON)
public class EdFiImportResource {

  @Inject private EdFiImportService imports;

  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public ImportView importFiles(
      @QueryParam("districtId") Integer districtId,
      @QueryParam("mode") String mode,
      List<EntityPart> parts) {
    try (StagedUploads uploads = new StagedUploads()) {
      for (EntityPart part : parts) {
        if (part.getFileName().isPresent()) {
          stage(uploads, part);
        }
      }
      ImportResult result = imports.importFiles(districtId, uploads.files(), mode, locale());
      return ImportView.of(result);
    }
  }

  private static void stage(StagedUploads uploads, EntityPart part) {
    try (InputStream content = part.getContent()) {
      uploads.add(part.getFileName().orElseThrow(), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Locale locale() {
    return headers.getAcceptableLanguages().stream()
        .filter(language -> !language.getLanguage().equals("*"))
        .findFirst()
        .orElse(Locale.ENGLISH);
  }
}
