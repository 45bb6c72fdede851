package jp.kenpokpi.app.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One KPI's row of a branch's dashboard as a person reads it: the tests that change a value look here before and
 * after, because the dashboard is where a change must show.
 */
record DashboardRow(String actual, String computedMark) {

    static DashboardRow read(Browser b, String branch, int year, String kpiCode) {
        b.open("/dashboard?branch=" + branch + "&year=" + year);
        return onPage(b, kpiCode);
    }

    /** The row on the dashboard the browser shows now (after a redirect, say). */
    static DashboardRow onPage(Browser b, String kpiCode) {
        WebElement row = b.waitFor(By.cssSelector("#summary-table tr[data-kpi=" + kpiCode + "]"));
        return new DashboardRow(
                row.findElement(By.cssSelector("td.actual")).getText(),
                row.findElement(By.cssSelector(".computed-mark")).getText());
    }

    /** How many KPIs of the dashboard shown carry the mark (EXCEEDED, AS_PLANNED, …). */
    static int count(Browser b, String mark) {
        return Integer.parseInt(b.find(By.cssSelector("#mark-counts li[data-mark=" + mark + "] .count"))
                .getText());
    }
}
