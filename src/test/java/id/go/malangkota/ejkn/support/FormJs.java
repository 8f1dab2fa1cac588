package id.go.malangkota.ejkn.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Fills a Camunda Form (form-js, as rendered by Tasklist 7.24) like an officer does. Elements are found by the
 * component id of the .form file ({@code Field_familyCardNumber}; in a dynamic list {@code Field_members_nik_0}):
 * form-js renders it as {@code fjs-form-<random>-<componentId>}.
 *
 * <p>What needs care: form-js's date input takes typed text in the browser's date order, which e-JKN's Tasklist
 * script makes Indonesian, {@code dd/mm/yyyy}, whatever the browser's language, and parses it on blur; its time input takes {@code HH:mm}; its select opens on mouse-down only when it does not
 * already have the focus; a searchable select takes the typed text and Enter (a click on the list is lost to the
 * input's blur).
 */
public final class FormJs {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final Browser browser;

  public FormJs(Browser browser) {
    this.browser = browser;
  }

  public static By field(String componentId) {
    return By.cssSelector("[id$='-" + componentId + "']");
  }

  /** Waits until the form with this component is rendered. */
  public FormJs rendered(String componentId) {
    browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(field(componentId)));
    return this;
  }

  public WebElement input(String componentId) {
    return browser.visible(field(componentId));
  }

  public FormJs text(String componentId, String value) {
    WebElement input = input(componentId);
    browser.click(input);
    browser.type(input, value);
    return this;
  }

  /** Leaves the current field (form-js validates a field and the date picker parses typed text on blur). */
  public FormJs blur() {
    browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
    return this;
  }

  public FormJs date(String componentId, LocalDate date) {
    WebElement input = input(componentId + "-date");
    browser.click(input);
    browser.type(input, DATE.format(date));
    input.sendKeys(Keys.TAB);
    browser.until(d -> !input.getAttribute("value").isEmpty());
    return this;
  }

  /** What a date input shows for that date ({@code dd/mm/yyyy}). */
  public static String shown(LocalDate date) {
    return DATE.format(date);
  }

  public FormJs time(String componentId, LocalTime time) {
    WebElement input = input(componentId + "-time");
    browser.click(input);
    browser.type(input, TIME.format(time));
    input.sendKeys(Keys.TAB);
    return this;
  }

  public FormJs check(String componentId) {
    WebElement box = input(componentId);
    if (!box.isSelected()) {
      browser.click(box);
    }
    return this;
  }

  /** A radio option (or checkbox) by its label. */
  public FormJs choose(String label) {
    browser.click(By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space(.)='" + label + "']"));
    return this;
  }

  /** A (non-searchable) select: opens its list and picks the option. */
  public FormJs select(String componentId, String label) {
    By option = By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']");
    WebElement display = input(componentId + "-display");
    for (int attempt = 0; attempt < 3; attempt++) {
      if (browser.all(option).isEmpty()) {
        browser.click(display);
      }
      try {
        browser.waiting(Duration.ofSeconds(3)).until(ExpectedConditions.visibilityOfElementLocated(option));
        browser.click(option);
        browser.until(ExpectedConditions.textToBePresentInElement(display, label));
        return this;
      } catch (TimeoutException notOpen) {
        // it had the focus already, so the mouse-down closed it: leave the field and try again
        blur();
      }
    }
    throw new AssertionError("select " + componentId + ": option '" + label + "' could not be chosen");
  }

  /** A searchable select: types part of the label and takes the (single) match with Enter. */
  public FormJs search(String componentId, String text, String label) {
    WebElement input = input(componentId);
    browser.click(input);
    browser.type(input, text);
    browser.visible(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']"));
    input.sendKeys(Keys.ENTER);
    browser.until(d -> label.equals(input.getAttribute("value")));
    return this;
  }

  public FormJs addListItem() {
    int before = browser.all(By.cssSelector(".fjs-repeat-row-remove")).size();
    browser.click(By.cssSelector("button.fjs-repeat-render-add"));
    browser.until(d -> browser.all(By.cssSelector(".fjs-repeat-row-remove")).size() > before);
    return this;
  }

  /** The error messages form-js shows under a field (empty when it is valid). */
  public List<String> errors(String componentId) {
    return browser.all(By.cssSelector("[id$='-" + componentId + "-error-message'] li")).stream()
        .map(WebElement::getText).toList();
  }
}
