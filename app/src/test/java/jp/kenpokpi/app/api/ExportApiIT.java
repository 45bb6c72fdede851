package jp.kenpokpi.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.apitoken.TestTokens;
import jp.kenpokpi.app.export.Export;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** GET /api/v1/export answers the command line's export, byte for byte, to a read token. */
@SampleDataTest
class ExportApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Export export;

    @Test
    void aReadTokenDownloadsTheWholeExportAsTheCommandLineWritesIt() throws Exception {
        String token = TestTokens.make(mvc, "etsuran", "READ");
        MvcResult started = mvc.perform(get("/api/v1/export").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andReturn();
        byte[] body = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"kenpo-kpi-export.csv\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        export.writeCsv(expected);
        assertThat(body).isEqualTo(expected.toByteArray());
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).contains("synthetic").contains("\n09,").contains("架空");
    }

    @Test
    void anUnknownFormatIsA400Problem() throws Exception {
        String token = TestTokens.make(mvc, "etsuran", "READ");
        mvc.perform(get("/api/v1/export?format=pdf").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest());
    }
}
