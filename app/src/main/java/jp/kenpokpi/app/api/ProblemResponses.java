package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.ProblemDetail;

/**
 * The problems every read of the API may answer, documented once for the OpenAPI document (springdoc reads the
 * annotations of a controller's class): 400 for a parameter that cannot be read, 404 for what is not there, both as
 * problem JSON ({@link ApiProblems}). The 200 is named too, its content left to springdoc (from the method's return
 * type): a class's responses replace the ones springdoc would otherwise generate.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(responseCode = "200", description = "成功（JSON。報告資料はファイル）")
@ApiResponse(
        responseCode = "400",
        description = "パラメータが正しくありません（problem JSON。parameter に名前、detail に理由）",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "404",
        description = "見つかりません（problem JSON。detail に理由）",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
@interface ProblemResponses {}
