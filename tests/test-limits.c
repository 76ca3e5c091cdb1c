/* test-limits.c: the structural limits of a file (docs/formats.md, "Limits"): each limit
 * just below is read, just above is refused with the line and the limit's name, and both
 * in bounded time and memory, in several shapes; so are the shapes that took minutes and
 * gigabytes before the limits (200,000 attributes, 250,000 siblings, 40,000 ratings,
 * 100,000 answers).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <sys/resource.h>

#include "livc-test.h"
#include "livc-xml-limits.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define ROOT_ATTRS "xmlns=\"urn:livc-scan:assessment:1\" questionnaire=\"scoring\" " \
                   "questionnaire-version=\"1.2\""

/* Valgrind and sanitizers are slower by a factor: the bounds follow. */
static double slowness = 1.0;

static GString *
assessment_with (const char *root_extra)
{
  GString *s = g_string_new (HEAD);

  g_string_append_printf (s, "<assessment " ROOT_ATTRS "%s>\n"
                          "  <municipality nis=\"99001\">Testdorp</municipality>\n"
                          "  <date>2026-11-21</date>\n", root_extra);
  return s;
}

static GBytes *
finish (GString *s)
{
  g_string_append (s, "</assessment>\n");
  return g_string_free_to_bytes (s);
}

/* Appends pattern for each k in [from, to), with k in place of every '@'. */
static void
repeat (GString    *s,
        const char *pattern,
        guint       from,
        guint       to)
{
  for (guint k = from; k < to; k++)
    for (const char *p = pattern; *p != '\0'; p++)
      {
        if (*p == '@')
          g_string_append_printf (s, "%u", k);
        else
          g_string_append_c (s, *p);
      }
}

/* Shapes, each built with n of what its limit counts. */

static GBytes *
foreign_attributes (guint n)
{
  GString *s = assessment_with ("");

  /* xmlns:x counts as one. */
  g_string_append (s, "  <x:e xmlns:x=\"urn:x\"");
  repeat (s, " x:a@=\"@\"", 1, n);
  g_string_append (s, "/>\n");
  return finish (s);
}

static GBytes *
root_attributes (guint n)
{
  g_autoptr(GString) extra = g_string_new (" xmlns:x=\"urn:x\"");

  /* xmlns, questionnaire, questionnaire-version and xmlns:x. */
  repeat (extra, " x:a@=\"@\"", 4, n);
  return finish (assessment_with (extra->str));
}

static GBytes *
answer_attributes_on_lines (guint n)
{
  GString *s = assessment_with ("");

  g_string_append (s, "  <answer item=\"a1\" value=\"2\" xmlns:x=\"urn:x\"");
  repeat (s, "\n    x:a@=\"@\"", 3, n);
  g_string_append (s, "/>\n");
  return finish (s);
}

static GBytes *
root_children (guint n)
{
  GString *s = assessment_with ("");

  /* The municipality and the date are two. */
  repeat (s, "  <x:e xmlns:x=\"urn:x\" n=\"@\" m=\"@\"/>\n", 2, n);
  return finish (s);
}

static GBytes *
foreign_children (guint n)
{
  GString *s = assessment_with ("");

  g_string_append (s, "  <x:g xmlns:x=\"urn:x\">");
  repeat (s, "<x:e n=\"@\" m=\"@\"/>", 0, n);
  g_string_append (s, "</x:g>\n");
  return finish (s);
}

static GBytes *
participants_rating (guint n)
{
  GString *s = assessment_with ("");

  g_string_append (s, "  <participants>\n");
  repeat (s, "    <participant id=\"p@\">P@</participant>\n", 0, n);
  g_string_append (s, "  </participants>\n  <answer item=\"a1\">\n");
  for (guint k = 0; k < n; k++)
    g_string_append_printf (s, "    <rating participant=\"p%u\" value=\"%u\"/>\n", k, 1 + k % 5);
  g_string_append (s, "  </answer>\n");
  return finish (s);
}

static GBytes *
ratings_of_one_answer (guint n)
{
  GString *s = assessment_with ("");

  /* As many participants as may be, on one line; beyond them, ratings come again. */
  g_string_append (s, "  <participants>");
  repeat (s, "<participant id=\"p@\">P</participant>", 0, MIN (n, LIVC_XML_MAX_PARTICIPANTS));
  g_string_append (s, "</participants>\n  <answer item=\"a1\">");
  for (guint k = 0; k < n; k++)
    g_string_append_printf (s, "<rating participant=\"p%u\" value=\"2\"/>",
                            k % LIVC_XML_MAX_PARTICIPANTS);
  g_string_append (s, "</answer>\n");
  return finish (s);
}

static GBytes *
unknown_answers (guint n)
{
  GString *s = assessment_with ("");

  repeat (s, "  <answer item=\"u@\" value=\"2\"><note>@</note></answer>\n", 0, n);
  return finish (s);
}

static GBytes *
wrapped_answers (guint n)
{
  GString *s = assessment_with ("");

  g_string_append (s, "  <x:w xmlns:x=\"urn:x\">\n");
  for (guint k = 0; k < n; k++)
    {
      if (k % 1000 == 999)
        g_string_append (s, "  </x:w><x:w xmlns:x=\"urn:x\">\n");
      g_string_append_printf (s, "  <answer item=\"u%u\" value=\"2\"/>\n", k);
    }
  g_string_append (s, "  </x:w>\n");
  return finish (s);
}

static GBytes *
depth (guint n)
{
  GString *s = assessment_with ("");

  /* The root is the first level. */
  g_string_append (s, "  <x:a xmlns:x=\"urn:x\">");
  for (guint k = 2; k < n; k++)
    g_string_append (s, "<x:a>");
  for (guint k = 2; k < n; k++)
    g_string_append (s, "</x:a>");
  g_string_append (s, "</x:a>\n");
  return finish (s);
}

/* Every element, attribute and text: the XML declaration (1), the root and its three
 * attributes (4), whitespace, municipality with its attribute and text, whitespace, date
 * with its text, whitespace (8): 13 before the groups. */
static GBytes *
nodes (guint n)
{
  GString *s = assessment_with ("");
  guint counted = 13;

  while (counted < n)
    {
      guint in_group = MIN (2000, (n - counted - 3) / 2);

      g_string_append (s, "<x:g xmlns:x=\"urn:x\">");
      counted += 2;
      for (guint k = 0; k < in_group; k++)
        g_string_append (s, "<x:e>t</x:e>");
      counted += 2 * in_group;
      g_string_append (s, "</x:g>");
      if (counted < n)
        {
          g_string_append_c (s, ' ');
          counted++;
        }
    }
  g_string_append_c (s, '\n');
  return finish (s);
}

static GBytes *
text (guint n)
{
  GString *s = assessment_with ("");

  g_string_append (s, "  <answer item=\"a1\" value=\"2\"><note>");
  for (guint k = 0; k < n; k++)
    g_string_append_c (s, "abcdefghij "[k % 11]);
  g_string_append (s, "</note></answer>\n");
  return finish (s);
}

static GBytes *
comment (guint n)
{
  GString *s = assessment_with ("");

  g_string_append (s, "  <!--");
  for (guint k = 0; k < n; k++)
    g_string_append_c (s, 'c');
  g_string_append (s, "-->\n");
  return finish (s);
}

typedef struct
{
  const char *name;
  GBytes   *(*build) (guint n);
  guint       limit;
  const char *message;
} Shape;

static const Shape shapes[] = {
  { "foreign attributes", foreign_attributes, LIVC_XML_MAX_ATTRIBUTES,
    "attributes on one element" },
  { "root attributes", root_attributes, LIVC_XML_MAX_ATTRIBUTES, "attributes on one element" },
  { "answer attributes on lines", answer_attributes_on_lines, LIVC_XML_MAX_ATTRIBUTES,
    "attributes on one element" },
  { "root children", root_children, LIVC_XML_MAX_CHILDREN, "elements inside one element" },
  { "foreign children", foreign_children, LIVC_XML_MAX_CHILDREN, "elements inside one element" },
  { "participants rating", participants_rating, LIVC_XML_MAX_PARTICIPANTS, "participants" },
  { "ratings of one answer", ratings_of_one_answer, LIVC_XML_MAX_RATINGS, "ratings of one answer" },
  { "unknown answers", unknown_answers, LIVC_XML_MAX_ANSWERS, "answers" },
  { "wrapped answers", wrapped_answers, LIVC_XML_MAX_ANSWERS, "answers" },
  { "depth", depth, LIVC_XML_MAX_DEPTH, "levels deep" },
  { "nodes", nodes, LIVC_XML_MAX_NODES, "elements, attributes and texts in one file" },
  { "text", text, LIVC_XML_MAX_TEXT, "a text longer than" },
  { "comment", comment, LIVC_XML_MAX_TEXT, "a text longer than" },
};

static glong
peak_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* Loads bytes as an assessment; returns the seconds it took and checks the growth of the
 * peak memory against max_mib. */
static double
load (GBytes           *bytes,
      const char       *name,
      glong             max_mib,
      LivcAssessment  **out,
      LivcDiagnostics  *diag,
      GError          **error)
{
  glong before = peak_kib ();
  gint64 start = g_get_monotonic_time ();
  double seconds;

  *out = livc_load_assessment_bytes (bytes, name, diag, error);
  seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
  if (peak_kib () - before > max_mib * 1024)
    fail_msg ("%s: the peak memory grew by %ld MiB", name, (peak_kib () - before) / 1024);
  return seconds;
}

/* Exactly at each limit: read, with nothing refused, in under 2 s. */
static void
test_at_the_limit_is_read (void **state)
{
  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autoptr(GBytes) bytes = shapes[i].build (shapes[i].limit);
      g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(LivcAssessment) a = NULL;
      double seconds = load (bytes, shapes[i].name, 300, &a, diag, &error);

      if (a == NULL)
        fail_msg ("%s at %u: refused: %s", shapes[i].name, shapes[i].limit, error->message);
      if (seconds > 2.0 * slowness)
        fail_msg ("%s at %u: read in %.2f s", shapes[i].name, shapes[i].limit, seconds);
      print_message ("# %s at the limit (%u): read in %.2f s\n", shapes[i].name,
                     shapes[i].limit, seconds);
    }
}

static void
check_refused (const char *name,
               GBytes     *bytes,
               const char *message,
               int         line)
{
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) a = NULL;
  g_autofree char *expected = g_strdup_printf ("%s:%d: over a limit of LIVC Scan: ", name, line);
  double seconds = load (bytes, name, 50, &a, diag, &error);

  assert_null (a);
  assert_true (g_error_matches (error, LIVC_LOADER_ERROR, LIVC_LOADER_ERROR_TOO_LARGE));
  if (line > 0 && strstr (error->message, expected) == NULL)
    fail_msg ("%s: “%s” does not name the line %d", name, error->message, line);
  if (strstr (error->message, message) == NULL)
    fail_msg ("%s: “%s” does not say “%s”", name, error->message, message);
  if (seconds > 1.0 * slowness)
    fail_msg ("%s: refused in %.2f s", name, seconds);
}

/* One over each limit: refused in under 1 s, naming the limit. */
static void
test_over_the_limit_is_refused (void **state)
{
  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autoptr(GBytes) bytes = shapes[i].build (shapes[i].limit + 1);

      check_refused (shapes[i].name, bytes, shapes[i].message, 0);
    }
}

/* The shapes that took minutes and gigabytes: refused at once, at the line where the limit
 * was passed. */
static void
test_quadratic_shapes_are_refused (void **state)
{
  const struct
  {
    GBytes   *(*build) (guint n);
    guint       n;
    int         line;
    const char *message;
  } cases[] = {
    { foreign_attributes, 20000, 5, "more than 256 attributes" },
    { foreign_attributes, 200000, 5, "more than 256 attributes" },
    { root_attributes, 50000, 2, "more than 256 attributes" },
    { answer_attributes_on_lines, 100000, 5 + 254, "more than 256 attributes" },
    { root_children, 250000, 5 + 2498, "more than 2500 elements inside one element" },
    { foreign_children, 250000, 5, "more than 2500 elements inside one element" },
    { participants_rating, 40000, 6 + 1000, "more than 1000 participants" },
    { ratings_of_one_answer, 40000, 6, "more than 1000 ratings of one answer" },
    { unknown_answers, 100000, 5 + 2000, "more than 2000 answers" },
    { depth, 100000, 5, "more than 128 levels deep" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = cases[i].build (cases[i].n);
      g_autofree char *name = g_strdup_printf ("shape-%u.xml", i);

      check_refused (name, bytes, cases[i].message, cases[i].line);
    }
}

/* A questionnaire passes the same pass. */
static void
test_questionnaire_limits (void **state)
{
  g_autofree char *path = livc_test_file ("scoring-q.xml");
  g_autofree char *contents = NULL;
  gsize len;

  assert_true (g_file_get_contents (path, &contents, &len, NULL));
  for (guint extra = LIVC_XML_MAX_ATTRIBUTES - 5; extra <= LIVC_XML_MAX_ATTRIBUTES - 4; extra++)
    {
      /* The questionnaire's root has id, version, source-lang and xmlns. */
      g_autoptr(GString) s = g_string_new (contents);
      g_autoptr(GString) attrs = g_string_new (" xmlns:x=\"urn:x\"");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(LivcQuestionnaire) q = NULL;
      const char *root = strstr (s->str, "<questionnaire ");
      gsize at;

      assert_non_null (root);
      repeat (attrs, " x:a@=\"@\"", 0, extra);
      at = (gsize) (strchr (root, '>') - s->str);
      g_string_insert (s, (gssize) at, attrs->str);
      bytes = g_bytes_new (s->str, s->len);
      q = livc_load_questionnaire_bytes (bytes, "q.xml", diag, &error);
      if (extra + 5 <= LIVC_XML_MAX_ATTRIBUTES)
        {
          assert_null (error);
          assert_non_null (q);
        }
      else
        {
          assert_null (q);
          assert_true (g_error_matches (error, LIVC_LOADER_ERROR, LIVC_LOADER_ERROR_TOO_LARGE));
          assert_non_null (strstr (error->message, "more than 256 attributes"));
        }
    }
}

/* What the pass does not read as markup is left to the parser, which refuses it. */
static void
test_malformed_goes_to_the_parser (void **state)
{
  const char *bodies[] = {
    "  <x:e xmlns:x=\"urn:x\" a=\"1\n",
    "  <!-- never closed\n",
    "  </x:stray>\n",
    "  <![CDATA[ never closed\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GString) s = assessment_with ("");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(LivcAssessment) a = NULL;

      g_string_append (s, bodies[i]);
      bytes = finish (g_steal_pointer (&s));
      a = livc_load_assessment_bytes (bytes, "bad.xml", NULL, &error);
      assert_null (a);
      assert_true (g_error_matches (error, LIVC_LOADER_ERROR,
                                    LIVC_LOADER_ERROR_NOT_WELL_FORMED));
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_at_the_limit_is_read),
    cmocka_unit_test (test_over_the_limit_is_refused),
    cmocka_unit_test (test_quadratic_shapes_are_refused),
    cmocka_unit_test (test_questionnaire_limits),
    cmocka_unit_test (test_malformed_goes_to_the_parser),
  };
  const char *preload = g_getenv ("LD_PRELOAD");

  if (preload != NULL && strstr (preload, "vgpreload") != NULL)
    slowness = 40.0;
  livc_core_init ();
  return cmocka_run_group_tests_name ("limits", tests, NULL, NULL);
}
