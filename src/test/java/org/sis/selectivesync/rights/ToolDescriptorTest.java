package org.sis.selectivesync.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolDescriptorTest {

  @Test
  void theShippedDescriptorHoldsTheToolTreeWithTheFunctionOfEachRight() throws Exception {
    List<ToolFolder> folders;
    try (InputStream xml = Files.newInputStream(Path.of("tool-rights/selective-sync-tools.xml"))) {
      folders = ToolDescriptor.read(xml);
    }

    assertThat(folders)
        .extracting(ToolFolder::name)
        .containsExactly("Resync State Data", "System Administration");
    assertThat(folders.get(0).tools())
        .extracting(Tool::id)
        .containsExactly(Tools.RESYNC_BATCH, Tools.SELECTIVE_SYNC, Tools.VERIFICATION_SUMMARY);
    assertThat(folders.get(1).tools())
        .extracting(Tool::id)
        .containsExactly(Tools.EDFI_IMPORT, Tools.TOOL_RIGHTS);

    Tool sync = folders.get(0).tools().get(1);
    assertThat(sync.functionalRights()).containsExactlyInAnyOrder(Right.R, Right.W, Right.D);
    assertThat(sync.hasFunction(Right.A)).isFalse();
    assertThat(sync.functionOf(Right.D)).contains("Clears the sync history");
    assertThat(sync.folder()).isEqualTo("Resync State Data");
  }

  @Test
  void aDescriptorWithADoctypeIsRefused() {
    String xml =
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><tool-rights>&e;</tool-rights>";

    assertThatThrownBy(
            () ->
                ToolDescriptor.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
