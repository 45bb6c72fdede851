package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.Parameter;

/** The filters the lists of targets and results share, declared and described once; each narrows when given. */
record RecordFilterParameters(
        @Parameter(description = "組織コード（00 協会、01〜47 支部）", example = "09")
        String branch,

        @Parameter(description = "年度", example = "2023") String year,

        @Parameter(description = "KPIコード", example = "LIFESTYLE_CHECKUP_RATE")
        String kpi) {}
