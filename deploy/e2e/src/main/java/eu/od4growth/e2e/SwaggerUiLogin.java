package eu.od4growth.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's path through the suite's API documentation, in headless Chromium against the running suite: open the
 * gateway's Swagger UI, Authorize with the authorization code flow (PKCE) on Keycloak's own login page as a demo user,
 * run one call with Try it out, and see 200 with the bearer token sent. Leaves a screenshot. Exit status 0 only when
 * every step passed; the last line says "1 passed, 0 failed" or "0 passed, 1 failed".
 */
final class SwaggerUiLogin {

    private SwaggerUiLogin() {
    }

    public static void main(String[] args) throws IOException {
        String gateway = env("E2E_GATEWAY", "http://localhost:8080");
        String user = env("E2E_USER", "coordinator-ge");
        String password = env("E2E_PASSWORD", "demo");
        String[] operation = env("E2E_OPERATION", "GET /api/events").split(" ", 2);
        Path screenshot = Path.of(env("E2E_SCREENSHOT", "docs/gateway/swagger-ui-login.png")).toAbsolutePath();
        Path profile = Files.createTempDirectory("od4g-e2e-chromium");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(env("E2E_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1100", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("E2E_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        boolean passed = false;
        try {
            passed = run(browser, gateway, user, password, operation[0].toLowerCase(), operation[1]);
        } catch (RuntimeException e) {
            System.out.println("FAIL  " + e);
        } finally {
            try {
                Files.createDirectories(screenshot.getParent());
                File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
                System.out.println("screenshot: " + screenshot);
            } catch (RuntimeException e) {
                System.out.println("no screenshot: " + e);
            }
            browser.quit();
        }
        System.out.println(passed ? "1 passed, 0 failed" : "0 passed, 1 failed");
        System.exit(passed ? 0 : 1);
    }

    private static boolean run(WebDriver browser, String gateway, String user, String password, String method,
            String path) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        step("open " + gateway + "/q/swagger-ui/");
        browser.get(gateway + "/q/swagger-ui/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".scheme-container button.authorize")))
                .click();

        step("Authorize: the authorization_code flow of the oidc scheme");
        WebElement flow = wait.until(driver -> driver.findElements(By.cssSelector(".modal-ux .auth-container"))
                .stream().filter(c -> c.getText().contains("Flow: authorization_code")).findFirst().orElse(null));
        // Swagger UI names the field client_id, or client_id_<flow> in versions that render several flows.
        WebElement clientId = flow.findElement(By.cssSelector("input[id^='client_id']"));
        if (clientId.getAttribute("value").isEmpty()) {
            clientId.sendKeys("od4g-web");
        }
        String main = browser.getWindowHandle();
        flow.findElement(By.cssSelector("button.authorize")).click();

        step("sign in on Keycloak's page as " + user);
        wait.until(driver -> driver.getWindowHandles().size() > 1);
        Set<String> windows = browser.getWindowHandles();
        windows.stream().filter(handle -> !handle.equals(main)).findFirst()
                .ifPresent(handle -> browser.switchTo().window(handle));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        wait.until(driver -> driver.getWindowHandles().size() == 1);
        browser.switchTo().window(main);
        wait.until(driver -> driver.findElements(By.cssSelector(".modal-ux .auth-container")).stream()
                .anyMatch(c -> c.getText().contains("authorization_code") && c.getText().contains("Logout")));
        browser.findElement(By.cssSelector(".modal-ux button.close-modal")).click();

        step("Try it out: " + method.toUpperCase() + " " + path);
        WebElement block = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class,'opblock-" + method + "')][.//*[@data-path='" + path + "']]")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", block);
        block.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(driver -> block.findElements(By.cssSelector(".try-out__btn")).size() > 0);
        block.findElement(By.cssSelector(".try-out__btn")).click();
        wait.until(ExpectedConditions.elementToBeClickable(block.findElement(By.cssSelector(".execute")))).click();
        WebElement status = wait.until(driver -> {
            // The table's header cell has the same class ("Code"): the answer is the cell holding a status number.
            return block.findElements(By.cssSelector(".live-responses-table .response-col_status")).stream()
                    .filter(cell -> cell.getText().trim().matches("\\d{3}.*")).findFirst().orElse(null);
        });
        String curl = block.findElement(By.cssSelector(".curl-command")).getText();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", status);
        boolean ok = status.getText().trim().startsWith("200") && curl.contains("Authorization: Bearer ");
        System.out.println((ok ? "PASS  " : "FAIL  ") + method.toUpperCase() + " " + path + " -> "
                + status.getText().trim() + (curl.contains("Authorization: Bearer ") ? " with" : " WITHOUT")
                + " the bearer token");
        return ok;
    }

    private static void step(String what) {
        System.out.println("==    " + what);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
