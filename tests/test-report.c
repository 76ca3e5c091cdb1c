/* test-report.c: dates and numbers per report language, reports that lay out and draw in
 * every language mode, texts of any length and shape broken into lines whole and in time
 * linear in their length, and texts from files isolated from the report's own words.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>
#include <valgrind/valgrind.h>

#include "livc-test.h"
#include "livc-report-private.h"
#include "livc-text-flow.h"

static void
expect (char       *got,
        const char *want)
{
  assert_string_equal (got, want);
  g_free (got);
}

static void
test_dates (void **state)
{
  expect (livc_format_date ("2026-11-21", "nl"), "21 november 2026");
  expect (livc_format_date ("2026-11-21", "fr"), "21 novembre 2026");
  expect (livc_format_date ("2026-11-21", "en"), "21 November 2026");
  expect (livc_format_date ("2026-03-01", "fr"), "1er mars 2026");
  expect (livc_format_date ("2026-08-09", "nl"), "9 augustus 2026");
  expect (livc_format_date ("not a date", "nl"), "not a date");
}

static void
test_percent (void **state)
{
  expect (livc_format_percent (62.5, "nl"), "63%");
  expect (livc_format_percent (62.5, "fr"), "63\u202f%");
  expect (livc_format_percent (0.4, "en"), "0%");
  expect (livc_format_percent (NAN, "en"), "—");
}

/* French columns: a narrow no-break space before : ; ? ! (replacing a space typed there, or
 * after a word outside a text from a file), the typographic apostrophe; other languages
 * untouched. */
static void
test_typeset (void **state)
{
  expect (_livc_report_typeset ("Score global: 48 %", "fr"), "Score global\u202f: 48 %");
  expect (_livc_report_typeset ("Phase : Réactivation ; l'équipe ?", "fr"),
          "Phase\u202f: Réactivation\u202f; l\u2019équipe\u202f?");
  expect (_livc_report_typeset ("déjà\u202f: fait", "fr"), "déjà\u202f: fait");
  expect (_livc_report_typeset ("Note: \u2068à 09:00: voir\u2069", "fr"),
          "Note\u202f: \u2068à 09:00: voir\u2069");
  expect (_livc_report_typeset ("Score: 48%", "nl"), "Score: 48%");
  expect (_livc_report_typeset ("l'équipe", NULL), "l'équipe");
}

static void
test_report_pages (void **state)
{
  g_autofree char *qpath = livc_test_file ("scoring-q.xml");
  g_autofree char *apath = livc_test_file ("scoring-a.xml");
  g_autoptr(LivcQuestionnaire) q = livc_load_questionnaire (qpath, NULL, NULL);
  g_autoptr(LivcAssessment) a = livc_load_assessment (apath, NULL, NULL);
  g_autoptr(LivcScoreSet) scores = livc_score_set_new (q, a);
  const char *langs[] = { "nl", "fr", "en", "nl+fr" };

  assert_false (livc_report_lang_is_valid ("de"));
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autoptr(LivcReport) report = livc_report_new (scores, langs[l]);
      guint n = livc_test_draw_all_pages (report);

      /* cover, contents, summary, the domains' tables, recommendations and plan, annex */
      assert_true (n >= 5);
    }
}


/* Isolation */

#define FSI "\u2068"
#define PDI "\u2069"

static void
test_isolate (void **state)
{
  assert_null (livc_text_isolate (NULL));
  expect (livc_text_isolate (""), "");
  expect (livc_text_isolate ("Heuvelmolen"), FSI "Heuvelmolen" PDI);
  /* An override left open is closed inside the isolate. */
  expect (livc_text_isolate ("Jan \u202EPeeters"), FSI "Jan \u202EPeeters\u202C" PDI);
  expect (livc_text_isolate ("\u202Bab\u2067cd"), FSI "\u202Bab\u2067cd" PDI "\u202C" PDI);
  /* Paired controls stay as they are. */
  expect (livc_text_isolate ("a\u202Eb\u202Cc\u2066d\u2069"),
          FSI "a\u202Eb\u202Cc\u2066d\u2069" PDI);
  /* Closers that close nothing go, and so does a PDF inside an isolate opened after its
   * embedding. */
  expect (livc_text_isolate ("a\u202Cb\u2069c"), FSI "abc" PDI);
  expect (livc_text_isolate ("\u202B\u2066a\u202C"), FSI "\u202B\u2066a" PDI "\u202C" PDI);
  /* A PDI closes the embeddings opened inside its isolate. */
  expect (livc_text_isolate ("\u2067\u202Ea\u2069b"), FSI "\u2067\u202Ea\u2069b" PDI);
  /* Each paragraph is an isolate of its own: the bidi algorithm forgets everything at a
   * paragraph's end. */
  expect (livc_text_isolate ("x\u202Ey\nz"), FSI "x\u202Ey\u202C" PDI "\n" FSI "z" PDI);
  expect (livc_text_isolate ("a\r\nb\u2029c"), FSI "a" PDI "\r\n" FSI "b" PDI "\u2029" FSI "c" PDI);
}

/* Text flows */

/* Pango 1.50 declares none for its contexts. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PangoContext, g_object_unref)

static PangoContext *
flow_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  pango_cairo_context_set_resolution (context, 72);
  return context;
}

/* Every byte of text is in exactly one line but for one paragraph separator between two
 * lines, the lines follow each other, and there are at least min_lines. */
static void
check_flow (const char *text,
            double      width,
            guint       min_lines)
{
  g_autoptr(PangoContext) context = flow_context ();
  PangoFontDescription *font = pango_font_description_from_string ("DejaVu Sans 9.5px");
  g_autoptr(LivcTextFlow) flow = livc_text_flow_new (context, font, 1.5, width, text, FALSE);
  int cursor = 0;
  double fit_height;

  pango_font_description_free (font);
  assert_true (livc_text_flow_is_complete (flow));
  assert_true (livc_text_flow_get_n_lines (flow) >= min_lines);
  for (guint i = 0; i < livc_text_flow_get_n_lines (flow); i++)
    {
      const LivcFlowLine *line = livc_text_flow_get_line (flow, i);
      int gap = line->start - cursor;

      assert_true (line->end >= line->start);
      assert_true (line->height > 0);
      if (i == 0)
        assert_int_equal (gap, 0);
      else
        assert_true (gap == 0 || (gap == 1 && (text[cursor] == '\n' || text[cursor] == '\r')) ||
                     (gap == 2 && memcmp (text + cursor, "\r\n", 2) == 0) ||
                     (gap == 3 && memcmp (text + cursor, "\u2029", 3) == 0));
      cursor = line->end;
    }
  assert_int_equal (cursor, strlen (text));
  /* Pagination takes what fits, and all of it fits in its own height. */
  assert_int_equal (livc_text_flow_fit (flow, 0, livc_text_flow_height (flow, 0, G_MAXUINT),
                                        &fit_height),
                    livc_text_flow_get_n_lines (flow));
  assert_int_equal (livc_text_flow_fit (flow, 0, 1, &fit_height), 0);
}

static char *
words (gsize bytes,
       const char *separator)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; s->len < bytes; i++)
    g_string_append_printf (s, "%s%s%u", i > 0 ? separator : "",
                            i % 7 == 0 ? "zelfevaluatie" : "w", i);
  return g_string_free (s, FALSE);
}

static void
test_flow_shapes (void **state)
{
  /* Valgrind runs forty times slower: a twentieth of the text there. */
  guint k = RUNNING_ON_VALGRIND ? 20 : 1;
  g_autofree char *paragraph = words (200000 / k, " ");
  g_autofree char *lines = words (60000 / k, "\n");
  g_autofree char *crlf = words (20000 / k, "\r\n");
  g_autofree char *separators = words (20000 / k, "\u2029");
  g_autofree char *runs = words (100000 / k, "");
  g_autoptr(GString) marks = g_string_new (NULL);
  g_autoptr(GString) letters = g_string_new (NULL);

  for (guint i = 0; i < 3000 / k; i++)
    g_string_append (marks, "e\u0301\u200b");
  for (guint i = 0; i < 50000 / k; i++)
    g_string_append_c (letters, 'a' + i % 26);
  check_flow ("", 400, 1);
  check_flow ("\n", 400, 2);
  check_flow ("one line", 400, 1);
  check_flow ("ends with a newline\n", 400, 2);
  check_flow (paragraph, 483, 200000 / k / 120);
  check_flow (paragraph, 23, 200000 / k / 6);
  check_flow (lines, 483, 60000 / k / 10);
  check_flow (crlf, 200, 20000 / k / 11);
  check_flow (separators, 200, 20000 / k / 12);
  check_flow (runs, 483, 100000 / k / 120);
  check_flow (letters->str, 483, 50000 / k / 120);
  check_flow (letters->str, 5, 50000 / k / 2);
  check_flow (marks->str, 100, 3000 / k / 60);
}

/* A paragraph laid out a window at a time breaks where one layout of all of it breaks. */
static void
test_flow_same_lines (void **state)
{
  g_autoptr(PangoContext) context = flow_context ();
  PangoFontDescription *font = pango_font_description_from_string ("DejaVu Sans 9.5px");
  g_autofree char *text = words (6000, " ");
  g_autoptr(LivcTextFlow) flow = livc_text_flow_new (context, font, 1.5, 300, text, TRUE);
  g_autoptr(PangoLayout) whole = pango_layout_new (context);
  PangoAttrList *attrs = pango_attr_list_new ();
  GSList *lines;
  guint i = 0;

  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (whole, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_font_description (whole, font);
  pango_layout_set_width (whole, 300 * PANGO_SCALE);
  pango_layout_set_wrap (whole, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (whole, text, -1);
  pango_font_description_free (font);
  assert_true (strlen (text) > 4 * LIVC_TEXT_FLOW_WINDOW);
  assert_int_equal (pango_layout_get_line_count (whole), livc_text_flow_get_n_lines (flow));
  for (lines = pango_layout_get_lines_readonly (whole); lines != NULL; lines = lines->next, i++)
    assert_int_equal (((PangoLayoutLine *) lines->data)->start_index,
                      livc_text_flow_get_line (flow, i)->start);
}

/* Reports of texts of every shape */

static LivcQuestionnaire *
scoring_questionnaire (void)
{
  g_autofree char *path = livc_test_file ("scoring-q.xml");

  return livc_load_questionnaire (path, NULL, NULL);
}

/* An assessment of the scoring questionnaire whose municipality, title, member, note and
 * action are the texts given (escaped here). */
static LivcAssessment *
with_texts (const char *municipality,
            const char *title,
            const char *name,
            const char *role,
            const char *note,
            const char *action)
{
  g_autofree char *m = g_markup_escape_text (municipality, -1);
  g_autofree char *t = g_markup_escape_text (title, -1);
  g_autofree char *n = g_markup_escape_text (name, -1);
  g_autofree char *r = g_markup_escape_text (role, -1);
  g_autofree char *o = g_markup_escape_text (note, -1);
  g_autofree char *a = g_markup_escape_text (action, -1);
  g_autofree char *xml = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:livc-scan:assessment:1\" questionnaire=\"scoring\"\n"
    "            questionnaire-version=\"1.2\">\n"
    "  <municipality nis=\"99001\">%s</municipality>\n  <date>2026-11-21</date>\n"
    "  <title>%s</title>\n"
    "  <participants><participant id=\"p1\" role=\"%s\">%s</participant>"
    "<participant id=\"p2\">Tweede</participant></participants>\n"
    "  <answer item=\"a1\"><rating participant=\"p1\" value=\"2\"/>"
    "<rating participant=\"p2\" value=\"4\"/>"
    "<note>%s</note></answer>\n  <answer item=\"b1\" value=\"4\"/>\n"
    "  <action id=\"x1\" domain=\"a\" owner=\"%s\" status=\"open\">%s</action>\n</assessment>\n",
    m, t, r, n, o, n, a);
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  LivcAssessment *assessment = livc_load_assessment_bytes (bytes, "generated.xml", NULL, &error);

  assert_null (error);
  return assessment;
}

/* Writes the report and returns its number of pages. */
static guint
write_report (LivcAssessment *a,
              const char     *lang,
              double         *seconds)
{
  g_autoptr(LivcQuestionnaire) q = scoring_questionnaire ();
  g_autoptr(LivcScoreSet) scores = livc_score_set_new (q, a);
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(LivcReport) report = livc_report_new (scores, lang);
  guint n;

  assert_true (livc_report_write_pdf (report, path, &error));
  assert_null (error);
  if (seconds != NULL)
    *seconds = (g_get_monotonic_time () - start) / 1e6;
  n = livc_report_get_n_pages (report);
  livc_test_rmdir (dir);
  return n;
}

/* Long texts go on over pages, in every place a file's text goes, also in two columns. */
static void
test_long_texts (void **state)
{
  /* Pango laid out a 500 KB paragraph as one line; valgrind runs forty times slower. */
  gsize size = RUNNING_ON_VALGRIND ? 8000 : 600000;
  g_autofree char *paragraph = words (size, " ");
  g_autofree char *lines = words (size / 4, "\n");
  g_autofree char *run = words (size / 2, "");
  g_autofree char *name = words (size / 4, " ");
  g_autoptr(LivcAssessment) base = with_texts ("Lang", "Titel", "Naam", "rol", "Kort.", "Actie");
  g_autoptr(LivcAssessment) note = with_texts ("Lang", "Titel", "Naam", "rol", paragraph, "Actie");
  g_autoptr(LivcAssessment) many = with_texts ("Lang", "Titel", "Naam", "rol", lines, "Actie");
  g_autoptr(LivcAssessment) title = with_texts ("Lang", run, "Naam", "rol", "Kort.", "Actie.");
  g_autoptr(LivcAssessment) member = with_texts ("Lang", "Titel", name, name, "Kort.", run);
  guint pages = write_report (base, "nl", NULL);
  /* A page holds about 6,000 bytes of body text: every text adds its pages. */
  guint per_page = 7000;

  assert_true (write_report (note, "nl", NULL) >= pages + size / per_page);
  assert_true (write_report (note, "nl+fr", NULL) >= pages + size / per_page);
  assert_true (write_report (many, "nl", NULL) >= pages + (size / 4) / 9 / 60);
  assert_true (write_report (title, "en", NULL) >= pages + (size / 2) / per_page);
  /* The member's name and role on the cover and in the spread, and as the action's owner;
   * the action's text. */
  assert_true (write_report (member, "fr", NULL) >= pages + (size / 2) / per_page);
}

/* The report's time grows with its text's length, not with its square: four times the
 * text takes well under eight times as long (sixteen when quadratic). */
static void
test_linear_time (void **state)
{
  gsize small = RUNNING_ON_VALGRIND ? 4000 : 100000;
  guint runs = RUNNING_ON_VALGRIND ? 1 : 2;
  g_autofree char *run1 = words (small, "");
  g_autofree char *run4 = words (4 * small, "");
  g_autofree char *lines1 = words (small, "\n");
  g_autofree char *lines4 = words (4 * small, "\n");
  const char *texts[][2] = { { run1, run4 }, { lines1, lines4 } };

  for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
    {
      g_autoptr(LivcAssessment) a1 = with_texts ("Tijd", "Titel", "Naam", "rol", texts[k][0], "A");
      g_autoptr(LivcAssessment) a4 = with_texts ("Tijd", "Titel", "Naam", "rol", texts[k][1], "A");
      g_autoptr(LivcAssessment) none = with_texts ("Tijd", "Titel", "Naam", "rol", "Kort.", "A");
      double t0 = G_MAXDOUBLE, t1 = G_MAXDOUBLE, t4 = G_MAXDOUBLE, t;

      /* The best of two runs each, less the report without the text. */
      for (guint run = 0; run < runs; run++)
        {
          write_report (none, "nl", &t);
          t0 = MIN (t0, t);
          write_report (a1, "nl", &t);
          t1 = MIN (t1, t);
          write_report (a4, "nl", &t);
          t4 = MIN (t4, t);
        }
      print_message ("# %s: %.0f KB %.3f s, %.0f KB %.3f s, none %.3f s\n",
                     k == 0 ? "no spaces" : "lines", small / 1e3, t1, 4 * small / 1e3, t4, t0);
      /* Under valgrind the texts are small and its own costs swamp the layout's: the
       * reports are made, not timed. */
      if (!RUNNING_ON_VALGRIND)
        assert_true (t4 - t0 < 8 * MAX (t1 - t0, 0.01));
    }
}

/* Bidirectional controls in every text from a file leave the report's own words in their
 * order: the text of a drawn page, read back in logical order, has them as written. */
static void
test_isolated_texts (void **state)
{
  g_autoptr(LivcAssessment) a = with_texts ("Heuvel\u202Emolen", "Titel \u202Bscan",
                                                 "Jan \u2067Peeters", "co\u202Eordinator",
                                                 "Nota \u202Eomgekeerd\ntweede \u2067regel",
                                                 "Actie \u202Btekst");
  g_autoptr(LivcQuestionnaire) q = scoring_questionnaire ();
  g_autoptr(LivcScoreSet) scores = livc_score_set_new (q, a);
  g_autoptr(LivcReport) report = livc_report_new (scores, "nl");

  /* Every page draws, and the layout of the running header keeps the report's title after
   * the name: the text with the name isolated is what the header lays out. */
  assert_true (livc_test_draw_all_pages (report) >= 5);
  {
    g_autofree char *isolated = livc_text_isolate ("Heuvel\u202Emolen");
    g_autofree char *header = g_strdup_printf ("%s — Rapport", isolated);
    g_autoptr(PangoContext) context = flow_context ();
    g_autoptr(PangoLayout) layout = pango_layout_new (context);
    PangoLayoutIter *iter;
    int last_x = -1;
    const char *title = strstr (header, "Rapport");

    /* Visual order: the glyphs of "Rapport" come left to right and after the name. */
    pango_layout_set_text (layout, header, -1);
    iter = pango_layout_get_iter (layout);
    do
      {
        PangoRectangle rect;
        int index = pango_layout_iter_get_index (iter);

        pango_layout_iter_get_char_extents (iter, &rect);
        if (header + index >= title)
          {
            assert_true (rect.x > last_x);
            last_x = rect.x;
          }
      }
    while (pango_layout_iter_next_char (iter));
    pango_layout_iter_free (iter);
  }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_dates),
    cmocka_unit_test (test_percent),
    cmocka_unit_test (test_typeset),
    cmocka_unit_test (test_report_pages),
    cmocka_unit_test (test_isolate),
    cmocka_unit_test (test_flow_shapes),
    cmocka_unit_test (test_flow_same_lines),
    cmocka_unit_test (test_long_texts),
    cmocka_unit_test (test_linear_time),
    cmocka_unit_test (test_isolated_texts),
  };
  int failed;

  livc_core_init ();
  failed = cmocka_run_group_tests_name ("report", tests, NULL, NULL);
  pango_cairo_font_map_set_default (NULL);
  return failed;
}
