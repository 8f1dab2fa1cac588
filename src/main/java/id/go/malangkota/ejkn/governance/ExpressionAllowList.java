package id.go.malangkota.ejkn.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The only expressions a deployed model may contain (ADR 1501): process variables, string/number/boolean literals,
 * comparison and boolean operators, {@code empty}/{@code not}/{@code !}, parentheses — and, as the single property
 * path our models use, {@code execution.processBusinessKey}. No function or method call, no bracket access, no
 * other property path, no arithmetic, no assignment, no lambda: nothing that can reach a Java object's methods.
 *
 * <p>A small tokenizer and recursive-descent parser over that grammar; whatever it does not recognise is refused.
 */
public final class ExpressionAllowList {

  /** The property paths our models really use (camunda:in businessKey of the call activities). */
  static final Set<String> ALLOWED_PATHS = Set.of("execution.processBusinessKey");
  /** Names the engine resolves to its own objects: reachable only through an allowed path, never alone. */
  static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "caseExecution", "variableScope",
      "externalTask", "connector", "processEngine", "processEngineServices", "processEngineConfiguration",
      "authenticatedUserId", "authenticatedGroupIds");
  private static final Set<String> OR = Set.of("||", "or");
  private static final Set<String> AND = Set.of("&&", "and");
  private static final Set<String> EQUALITY = Set.of("==", "!=", "eq", "ne");
  private static final Set<String> RELATIONAL = Set.of("<", ">", "<=", ">=", "lt", "gt", "le", "ge");
  private static final Set<String> UNARY = Set.of("!", "not", "empty", "-");
  private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");
  private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
      "empty", "true", "false", "null", "instanceof", "div", "mod");

  private ExpressionAllowList() {}

  /** Why a text holding {@code ${…}} / {@code #{…}} is not allowed, or null when every expression in it is. */
  public static String problemInText(String text) {
    int i = 0;

    while (i < text.length()) {
      int start = nextStart(text, i);
      if (start < 0) {
        break;
      }

      int end = closingBrace(text, start + 2);
      if (end < 0) {
        return "ekspresi tidak ditutup dengan '}'";
      }
      String problem = problem(text.substring(start + 2, end));
      if (problem != null) {
        return problem;
      }
      i = end + 1;
    }
    return null;
  }

  /** Whether a text holds an expression at all. */
  public static boolean hasExpression(String text) {
    return text != null && nextStart(text, 0) >= 0;
  }

  private static int nextStart(String text, int from) {
    int a = text.indexOf("${", from);
    int b = text.indexOf("#{", from);
    if (a < 0) {
      return b;
    }
    return b < 0 ? a : Math.min(a, b);
  }

  private static int closingBrace(String text, int from) {
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '}') {
        return i;
      } else if (c == '{') {
        return -1; // nested braces (maps, lambdas) are not part of the grammar
      }
    }
    return -1;
  }

  /** Why the body of one expression (between the braces) is not allowed, or null when it is. */
  public static String problem(String body) {
    List<String> tokens;
    try {
      tokens = tokenize(body);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    if (tokens.isEmpty()) {
      return "ekspresi kosong";
    }
    Parser p = new Parser(tokens);
    try {
      p.or();
      if (p.pos < tokens.size()) {
        return "bagian '" + tokens.get(p.pos) + "' tidak termasuk ekspresi yang diizinkan";
      }
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  static List<String> tokenize(String s) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        int j = i + 1;
        StringBuilder sb = new StringBuilder().append(c);
        while (j < s.length() && s.charAt(j) != c) {
          if (s.charAt(j) == '\\') {
            sb.append(s.charAt(j));
            j++;
          }
          if (j < s.length()) {
            sb.append(s.charAt(j));
          }
          j++;
        }
        if (j >= s.length()) {
          throw new IllegalArgumentException("teks dalam ekspresi tidak ditutup");
        }
        tokens.add(sb.append(c).toString());
        i = j + 1;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
          j++;
        }
        tokens.add(s.substring(i, j));
        i = j;
      } else if (Character.isJavaIdentifierStart(c) && c != '$') {
        int j = i;
        while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j)) && s.charAt(j) != '$') {
          j++;
        }
        tokens.add(s.substring(i, j));
        i = j;
      } else {
        String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
        if (Set.of("==", "!=", "<=", ">=", "&&", "||").contains(two)) {
          tokens.add(two);
          i += 2;
        } else if ("!<>().-".indexOf(c) >= 0) {
          tokens.add(String.valueOf(c));
          i++;
        } else {
          throw new IllegalArgumentException("tanda '" + c + "' tidak diizinkan dalam ekspresi"
              + (c == '[' ? " (akses indeks)" : c == '+' || c == '*' || c == '/' ? " (aritmetika)" : ""));
        }
      }
    }
    return tokens;
  }

  private static final class Parser {
    final List<String> t;
    int pos;

    Parser(List<String> tokens) {
      this.t = tokens;
    }

    String peek() {
      return pos < t.size() ? t.get(pos) : null;
    }

    boolean at(Set<String> ops) {
      String p = peek();
      return p != null && ops.contains(p);
    }

    void or() {
      and();
      while (at(OR)) {
        pos++;
        and();
      }
    }

    void and() {
      equality();
      while (at(AND)) {
        pos++;
        equality();
      }
    }

    void equality() {
      relational();
      while (at(EQUALITY)) {
        pos++;
        relational();
      }
    }

    void relational() {
      unary();
      while (at(RELATIONAL)) {
        pos++;
        unary();
      }
    }

    void unary() {
      if (at(UNARY)) {
        pos++;
        unary();
        return;
      }
      primary();
    }

    void primary() {
      String tok = peek();
      if (tok == null) {
        throw new IllegalArgumentException("ekspresi tidak lengkap");
      }
      pos++;
      if (tok.equals("(")) {
        or();
        if (!")".equals(peek())) {
          throw new IllegalArgumentException("kurung tidak ditutup");
        }
        pos++;
        return;
      }
      char c = tok.charAt(0);
      if (c == '\'' || c == '"' || Character.isDigit(c) || LITERAL_WORDS.contains(tok)) {
        if (Character.isDigit(c) && !tok.matches("\\d+(\\.\\d+)?")) {
          throw new IllegalArgumentException("angka '" + tok + "' tidak valid");
        }
        return;
      }
      if (!Character.isJavaIdentifierStart(c) || KEYWORDS.contains(tok)) {
        throw new IllegalArgumentException("bagian '" + tok + "' tidak termasuk ekspresi yang diizinkan");
      }
      StringBuilder path = new StringBuilder(tok);
      while (".".equals(peek())) {
        pos++;
        String next = peek();
        if (next == null || !Character.isJavaIdentifierStart(next.charAt(0))) {
          throw new IllegalArgumentException("akses properti tidak lengkap");
        }
        path.append('.').append(next);
        pos++;
      }
      if ("(".equals(peek())) {
        throw new IllegalArgumentException("pemanggilan fungsi atau metode '" + path + "(…)' tidak diizinkan");
      }
      String name = path.toString();
      if (name.contains(".")) {
        if (!ALLOWED_PATHS.contains(name)) {
          throw new IllegalArgumentException("akses properti '" + name + "' tidak diizinkan (hanya variabel proses"
              + " dan " + String.join(", ", ALLOWED_PATHS) + ")");
        }
      } else if (ENGINE_OBJECTS.contains(name)) {
        throw new IllegalArgumentException("objek mesin '" + name + "' tidak boleh dipakai langsung");
      }
    }
  }
}
