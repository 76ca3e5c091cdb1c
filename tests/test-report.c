/* test-report.c: dates and numbers per report language, and reports that lay out and
 * draw in every language mode.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "livc-test.h"

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

      /* cover, contents, summary, three domains, recommendations and plan, annex */
      assert_true (n >= 7);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_dates),
    cmocka_unit_test (test_percent),
    cmocka_unit_test (test_report_pages),
  };
  int failed;

  livc_core_init ();
  failed = cmocka_run_group_tests_name ("report", tests, NULL, NULL);
  pango_cairo_font_map_set_default (NULL);
  return failed;
}
