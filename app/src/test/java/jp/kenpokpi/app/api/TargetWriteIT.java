package jp.kenpokpi.app.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.apitoken.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Targets through the API: headquarters writes over the version it read; a branch's token is refused. */
@SampleDataTest
class TargetWriteIT {

    private static final String SAITAMA_2024 = "/api/v1/targets/11/2024/LIFESTYLE_CHECKUP_RATE";

    @Autowired
    MockMvc mvc;

    private ResultActions write(String token, String target, String ifMatch) throws Exception {
        var request = put(SAITAMA_2024)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"target\":\"" + target + "\"}");
        if (ifMatch != null) request.header("If-Match", ifMatch);
        return mvc.perform(request);
    }

    @Test
    void headquartersChangesATargetOverTheVersionItReadAndAStaleOneIsRefused() throws Exception {
        String token = TestTokens.make(mvc, "honbu-tanto", "READ_WRITE");
        String body = write(token, "60.0%以上", null)
                .andExpect(status().isPreconditionRequired())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String read = "\"" + jp.kenpokpi.app.PageHtml.group(body, "\"version\":(\\d+)", "the version") + "\"";
        String written = write(token, "60.0%以上", read)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("60.0%以上"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        write(token, "61.0%以上", read)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.text").value("60.0%以上"));
        write(token, "61.0%以上", written).andExpect(status().isOk()).andExpect(header().exists("ETag"));
        write(token, "六十%", written.replace(written, "\"" + (Integer.parseInt(written.replace("\"", "")) + 1) + "\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("target"));
    }

    @Test
    void aBranchTokenMayNotSetTargets() throws Exception {
        String token = TestTokens.make(mvc, "tochigi", "READ_WRITE");
        mvc.perform(put("/api/v1/targets/09/2024/LIFESTYLE_CHECKUP_RATE")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target\":\"60.0%以上\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("目標の設定は本部が行います（支部は目標を提案できます）"));
    }
}
