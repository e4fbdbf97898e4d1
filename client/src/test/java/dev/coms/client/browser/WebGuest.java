package dev.coms.client.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One browser guest on the web client: what a person clicks and reads, plus the page's diagnostics hook. */
final class WebGuest implements AutoCloseable {

    static final Duration LIMIT = Duration.ofSeconds(30);

    final ChromeDriver driver;

    WebGuest(int width, int height) {
        driver = Chromium.start(width, height);
    }

    WebGuest() {
        this(1280, 800);
    }

    void open(String url) {
        driver.get(url);
    }

    /** Fills the pre-join form and joins; waits for the room's welcome. */
    String join(String url, String name) {
        open(url);
        submitName(name);
        return awaitInRoom();
    }

    void submitName(String name) {
        WebElement join = await(d -> visible("join"));
        WebElement field = driver.findElement(By.id("name"));
        field.clear();
        field.sendKeys(name);
        join.click();
    }

    String awaitInRoom() {
        return await(d -> {
            Object id = js("return window.comsDebug && window.comsDebug.selfId();");
            return id instanceof String s && !s.isEmpty() ? s : null;
        });
    }

    /** What the page receives from each peer: framesDecoded ({@code video}), audioPackets, audioEnergy. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> stats() {
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "window.comsDebug.stats().then(done, () => done({}));");
        return (Map<String, Map<String, Object>>) result;
    }

    long stat(String peerId, String name) {
        Map<String, Object> peer = stats().get(peerId);
        return peer == null || !(peer.get(name) instanceof Number n) ? 0 : n.longValue();
    }

    /** Waits until the frames decoded from {@code peerId} increase twice (video is moving, not one frame). */
    void awaitVideoFrom(String peerId) {
        await(d -> stat(peerId, "video") > 0 ? true : null);
        long first = stat(peerId, "video");
        await(d -> stat(peerId, "video") > first + 10 ? true : null);
    }

    void awaitAudioFrom(String peerId) {
        await(d -> stat(peerId, "audioPackets") > 20 ? true : null);
        long first = stat(peerId, "audioPackets");
        await(d -> stat(peerId, "audioPackets") > first + 20 ? true : null);
    }

    void openChat() {
        if (!driver.findElement(By.id("panel")).isDisplayed()
                || !driver.findElement(By.id("chat-pane")).isDisplayed()) {
            click("open-chat");
        }
    }

    /** Sends from the messenger, to everyone ({@code toId} null) or privately. */
    void say(String text, String toId) {
        openChat();
        Select to = new Select(driver.findElement(By.id("chat-to")));
        if (toId == null) {
            to.selectByValue("");
        } else {
            await(d -> d.findElements(By.cssSelector("#chat-to option[value='" + toId + "']"))
                            .isEmpty()
                    ? null
                    : true);
            to.selectByValue(toId);
        }
        WebElement input = driver.findElement(By.id("chat-text"));
        input.sendKeys(text);
        click("chat-send");
    }

    List<String> messages() {
        return driver.findElements(By.cssSelector("#messages .message")).stream()
                .map(e -> e.getDomProperty("textContent"))
                .toList();
    }

    void awaitMessage(String fragment) {
        await(d -> messages().stream().anyMatch(m -> m.contains(fragment)) ? true : null);
    }

    /** Waits for the end screen and returns its kind (e.g. "removed", "ended"). */
    String awaitEnding() {
        return await(d -> {
            WebElement ended = d.findElement(By.id("ended"));
            return ended.isDisplayed() ? d.findElement(By.id("app")).getAttribute("data-ending") : null;
        });
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    void click(String id) {
        await(d -> visible(id)).click();
    }

    WebElement visible(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty()
                        && found.getFirst().isDisplayed()
                        && found.getFirst().isEnabled()
                ? found.getFirst()
                : null;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    <T> T await(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, LIMIT, Duration.ofMillis(50)).until(condition);
        } catch (RuntimeException e) {
            screenshot(Path.of("target/ui-web/failed-" + System.currentTimeMillis() + ".png"));
            throw new AssertionError(
                    e.getMessage() + "\nat " + driver.getCurrentUrl() + "\nbrowser log:\n" + String.join("\n", log()),
                    e);
        }
    }

    List<String> log() {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::toString)
                    .toList();
        } catch (RuntimeException e) {
            return List.of("(no log: " + e.getMessage() + ")");
        }
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
