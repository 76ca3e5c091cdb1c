/* test-comparison.c: assessments side by side: percentiles, the peers' spread, trends of
 * one municipality over dates and versions of the questionnaire, and the comparison
 * report in every language mode.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "livc-test.h"

static LivcScoreSet *
scored (const char *questionnaire,
        const char *assessment)
{
  g_autofree char *qpath = livc_test_file (questionnaire);
  g_autofree char *apath = livc_test_file (assessment);
  g_autoptr(LivcQuestionnaire) q = livc_load_questionnaire (qpath, NULL, NULL);
  g_autoptr(LivcAssessment) a = livc_load_assessment (apath, NULL, NULL);

  assert_non_null (q);
  assert_non_null (a);
  return livc_score_set_new (q, a);
}

static void
add (LivcComparison *comparison,
     LivcScoreSet   *scores,
     const char     *label)
{
  g_autoptr(GError) error = NULL;

  assert_true (livc_comparison_add (comparison, scores, label, &error));
  assert_null (error);
  g_object_unref (scores);
}

/* Linear interpolation between the nearest ranks, as spreadsheets' PERCENTILE. */
static void
test_percentile (void **state)
{
  const double four[] = { 10, 20, 30, 40 };
  const double one[] = { 42 };

  assert_double_equal (livc_percentile (four, 4, 0.25), 17.5);
  assert_double_equal (livc_percentile (four, 4, 0.5), 25);
  assert_double_equal (livc_percentile (four, 4, 0.75), 32.5);
  assert_double_equal (livc_percentile (four, 4, 0), 10);
  assert_double_equal (livc_percentile (four, 4, 1), 40);
  assert_double_equal (livc_percentile (one, 1, 0.25), 42);
  assert_true (isnan (livc_percentile (one, 0, 0.5)));
}

/* Testdorp in 2026 on version 1.2 and in 2027 on version 1.3: the newest version is the
 * reference, a domain the old version lacks has no score there, items are matched by id,
 * and items added or removed are named rather than dropped. */
static void
test_trend_across_versions (void **state)
{
  g_autoptr(LivcComparison) comparison = livc_comparison_new ();
  g_autoptr(GPtrArray) trends = NULL;
  g_autoptr(GArray) moves = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) removed = NULL;
  LivcTrend *trend;

  /* The later one first: the trend still runs oldest to newest. */
  add (comparison, scored ("compare/scoring-q-1.3.xml", "compare/testdorp-2027.xml"), "2027");
  add (comparison, scored ("scoring-q.xml", "scoring-a.xml"), "2026");
  add (comparison, scored ("scoring-q.xml", "scoring-b.xml"), "joint");

  assert_string_equal (
    livc_questionnaire_get_version (livc_comparison_get_questionnaire (comparison)), "1.3");
  assert_int_equal (livc_comparison_get_n_domains (comparison), 4);
  assert_string_equal (livc_domain_get_id (livc_comparison_get_domain (comparison, 3)), "d");
  assert_double_equal (livc_comparison_get_score (comparison, 0, 0), 56.25);
  assert_double_equal (livc_comparison_get_score (comparison, 0, 3), 100);
  assert_double_equal (livc_comparison_get_score (comparison, 1, 0), 37.5);
  assert_double_equal (livc_comparison_get_score (comparison, 1, 1), 75);
  assert_true (isnan (livc_comparison_get_score (comparison, 1, 2))); /* C: no rated item */
  assert_true (isnan (livc_comparison_get_score (comparison, 1, 3))); /* no D in 1.2 */
  assert_double_equal (livc_comparison_get_score (comparison, 1, LIVC_COMPARISON_OVERALL), 62.5);
  assert_string_equal (livc_comparison_get_label (comparison, 2), "joint");

  /* Testdorp alone is one municipality; Testdorp with Proefstad is another cell. */
  trends = livc_comparison_dup_trends (comparison);
  assert_int_equal (trends->len, 1);
  trend = g_ptr_array_index (trends, 0);
  assert_string_equal (trend->name, "Testdorp");
  assert_int_equal (trend->n, 2);
  assert_int_equal (trend->members[0], 1);
  assert_int_equal (trend->members[1], 0);

  moves = livc_comparison_dup_moves (comparison, 1, 0);
  assert_int_equal (moves->len, 2);
  assert_string_equal (g_array_index (moves, LivcItemMove, 0).item_id, "a1");
  assert_int_equal (g_array_index (moves, LivcItemMove, 0).before, 2);
  assert_int_equal (g_array_index (moves, LivcItemMove, 0).after, 4);
  assert_double_equal (g_array_index (moves, LivcItemMove, 0).change, 0.5);
  assert_string_equal (g_array_index (moves, LivcItemMove, 1).item_id, "b1");
  assert_double_equal (g_array_index (moves, LivcItemMove, 1).change, -0.5);

  added = livc_comparison_dup_unmatched (comparison, 1, 0, TRUE);
  assert_int_equal (added->len, 2);
  assert_string_equal (livc_item_get_id (g_ptr_array_index (added, 0)), "a5");
  assert_string_equal (livc_item_get_id (g_ptr_array_index (added, 1)), "d1");
  removed = livc_comparison_dup_unmatched (comparison, 1, 0, FALSE);
  assert_int_equal (removed->len, 1);
  assert_string_equal (livc_item_get_id (g_ptr_array_index (removed, 0)), "a4");
}

/* The spread of the others leaves the highlighted assessment out. */
static void
test_peer_spread (void **state)
{
  g_autoptr(LivcComparison) comparison = livc_comparison_new ();
  double low, median, high;

  add (comparison, scored ("scoring-q.xml", "scoring-a.xml"), "a");
  add (comparison, scored ("scoring-q.xml", "scoring-b.xml"), "b");
  add (comparison, scored ("compare/scoring-q-1.3.xml", "compare/testdorp-2027.xml"), "c");

  /* Domain A: a 37.5, b 6.25, c 56.25; highlighting a leaves 6.25 and 56.25. */
  assert_int_equal (livc_comparison_get_highlight (comparison), 0);
  assert_true (livc_comparison_get_peer_spread (comparison, 0, &low, &median, &high));
  assert_double_equal (low, 18.75);
  assert_double_equal (median, 31.25);
  assert_double_equal (high, 43.75);
  livc_comparison_set_highlight (comparison, 2);
  assert_true (livc_comparison_get_peer_spread (comparison, 0, &low, &median, &high));
  assert_double_equal (low, 14.0625);
  assert_double_equal (median, 21.875);
  assert_double_equal (high, 29.6875);
  /* Domain D: only c has it, and c is highlighted. */
  assert_false (livc_comparison_get_peer_spread (comparison, 3, &low, &median, &high));
  assert_true (isnan (low) && isnan (median) && isnan (high));

  /* The overall scores spread as the domains' do: the others', highlighted one left out. */
  for (guint highlight = 0; highlight < 3; highlight++)
    {
      double peers[2];
      guint n = 0;

      livc_comparison_set_highlight (comparison, highlight);
      for (guint i = 0; i < 3; i++)
        if (i != highlight)
          peers[n++] = livc_comparison_get_score (comparison, i, LIVC_COMPARISON_OVERALL);
      assert_true (livc_comparison_get_peer_spread (comparison, LIVC_COMPARISON_OVERALL,
                                                    &low, &median, &high));
      assert_double_equal (low, MIN (peers[0], peers[1]) + 0.25 * fabs (peers[1] - peers[0]));
      assert_double_equal (median, (peers[0] + peers[1]) / 2);
      assert_double_equal (high, MAX (peers[0], peers[1]) - 0.25 * fabs (peers[1] - peers[0]));
    }
}

static void
test_other_questionnaire_refused (void **state)
{
  g_autoptr(LivcComparison) comparison = livc_comparison_new ();
  g_autoptr(LivcScoreSet) other = scored ("stress-q.xml", "stress-a.xml");
  g_autoptr(GError) error = NULL;

  add (comparison, scored ("scoring-q.xml", "scoring-a.xml"), "a");
  assert_false (livc_comparison_add (comparison, other, "stress", &error));
  assert_true (g_error_matches (error, LIVC_COMPARISON_ERROR, LIVC_COMPARISON_ERROR_QUESTIONNAIRE));
  assert_non_null (strstr (error->message, "scoring"));
  assert_int_equal (livc_comparison_get_n (comparison), 1);
}

/* The comparison report lays out and draws every page in every language mode, with and
 * without the peers' band. */
static void
test_report (void **state)
{
  const char *langs[] = { "nl", "fr", "en", "nl+fr" };

  for (guint many = 0; many < 2; many++)
    {
      g_autoptr(LivcComparison) comparison = livc_comparison_new ();

      add (comparison, scored ("scoring-q.xml", "scoring-a.xml"), "a");
      add (comparison, scored ("compare/scoring-q-1.3.xml", "compare/testdorp-2027.xml"), "c");
      for (guint k = 0; many && k < 9; k++)
        add (comparison, scored ("scoring-q.xml", "scoring-b.xml"), "b");
      for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
        {
          g_autoptr(LivcReport) report = livc_report_new_comparison (comparison, langs[l]);
          guint n = livc_test_draw_all_pages (report);

          /* cover, contents, overview, then domain scores, trend and annex (short
           * sections share a page) */
          assert_true (n >= 4);
        }
    }
}

/* The peers' spread of one item, matched by id across versions, in percent: a1 is 2, 1
 * and 4 on the five-level scale (25, 0 and 75); a5 only exists in 1.3; a4 only in 1.2. */
static void
test_item_peer_spread (void **state)
{
  g_autoptr(LivcComparison) comparison = livc_comparison_new ();
  double low, median, high;

  add (comparison, scored ("scoring-q.xml", "scoring-a.xml"), "a");
  add (comparison, scored ("scoring-q.xml", "scoring-b.xml"), "b");
  add (comparison, scored ("compare/scoring-q-1.3.xml", "compare/testdorp-2027.xml"), "c");

  assert_double_equal (livc_comparison_get_item_score (comparison, 0, "a1"), 25);
  assert_double_equal (livc_comparison_get_item_score (comparison, 2, "a1"), 75);
  assert_true (isnan (livc_comparison_get_item_score (comparison, 0, "a5")));
  assert_true (isnan (livc_comparison_get_item_score (comparison, 0, "no-such-item")));

  /* Highlighting a: b 0 and c 75. */
  assert_true (livc_comparison_get_item_peer_spread (comparison, "a1", &low, &median, &high));
  assert_double_equal (low, 18.75);
  assert_double_equal (median, 37.5);
  assert_double_equal (high, 56.25);
  /* Only c, on 1.3, has a5 (2 of 5: 25). */
  assert_true (livc_comparison_get_item_peer_spread (comparison, "a5", &low, &median, &high));
  assert_double_equal (low, 25);
  assert_double_equal (median, 25);
  assert_double_equal (high, 25);

  /* Highlighting c: a 25 and b 0; nobody else has d1. */
  livc_comparison_set_highlight (comparison, 2);
  assert_true (livc_comparison_get_item_peer_spread (comparison, "a1", &low, &median, &high));
  assert_double_equal (low, 6.25);
  assert_double_equal (median, 12.5);
  assert_double_equal (high, 18.75);
  assert_false (livc_comparison_get_item_peer_spread (comparison, "d1", &low, &median, &high));
  assert_true (isnan (low) && isnan (median) && isnan (high));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_percentile),
    cmocka_unit_test (test_trend_across_versions),
    cmocka_unit_test (test_peer_spread),
    cmocka_unit_test (test_other_questionnaire_refused),
    cmocka_unit_test (test_report),
    cmocka_unit_test (test_item_peer_spread),
  };
  int failed;

  livc_core_init ();
  failed = cmocka_run_group_tests_name ("comparison", tests, NULL, NULL);
  pango_cairo_font_map_set_default (NULL);
  return failed;
}
