package jp.kenpokpi.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The two forms of the import page as a test sends them (with DemoUsers.send or submit): the upload that asks for a
 * preview, and the apply of the preview's token.
 */
public final class ImportForms {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private ImportForms() {}

    /** A CSV file as the browser uploads it. */
    public static MockMultipartFile csv(String name, String text) {
        return new MockMultipartFile("files", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The upload of files for a preview. */
    public static MockMultipartHttpServletRequestBuilder preview(MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder upload = multipart("/import/preview");
        for (MockMultipartFile file : files) upload.file(file);
        return upload;
    }

    /** The token of the preview a page offers to apply; the page must offer one. */
    public static String token(String preview) {
        Matcher token = TOKEN.matcher(preview);
        assertThat(token.find()).as("the preview offers its apply form").isTrue();
        return token.group(1);
    }

    /** Applies the preview of this token. */
    public static MockHttpServletRequestBuilder apply(String token) {
        return post("/import/apply").param("token", token);
    }
}
