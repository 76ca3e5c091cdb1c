/* test-livc-r.c: the built-in LIVC-R questionnaire has the shape the product promises:
 * eight domains of 6 to 8 items, every text in Dutch, French and English, recommendation
 * bands covering 0–100, and a reference and a recommendation for every legal item.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "livc-test.h"

static LivcQuestionnaire *q;

static int
setup (void **state)
{
  g_autoptr(GError) error = NULL;

  livc_core_init ();
  q = livc_catalog_get_builtin (&error);
  assert_null (error);
  return 0;
}

static int
teardown (void **state)
{
  g_clear_object (&q);
  return 0;
}

static void
test_domains_and_items (void **state)
{
  const char *ids[] = { "protocol", "steering", "partners", "information", "cases", "security",
                        "prevention", "evaluation" };
  GListModel *domains = livc_questionnaire_get_domains (q);

  assert_string_equal (livc_questionnaire_get_id (q), "livc-r");
  assert_int_equal (g_list_model_get_n_items (domains), G_N_ELEMENTS (ids));
  for (guint d = 0; d < G_N_ELEMENTS (ids); d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
      guint n = g_list_model_get_n_items (livc_domain_get_items (domain));

      assert_string_equal (livc_domain_get_id (domain), ids[d]);
      /* Six to twelve: enough for a domain score to mean something, few enough to rate
       * in one sitting. */
      if (n < 6 || n > 12)
        fail_msg ("domain %s has %u items", ids[d], n);
    }
  assert_true (livc_questionnaire_get_n_items (q) >= 52);
}

/* Items are numbered within their domain: the first item of the second domain is "2.1",
 * not its place among all items ("2.8"). */
static void
test_item_numbers (void **state)
{
  GListModel *domains = livc_questionnaire_get_domains (q);

  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
      GListModel *items = livc_domain_get_items (domain);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(LivcItem) item = g_list_model_get_item (items, i);
          g_autofree char *number = livc_item_dup_number (item);
          g_autofree char *want = g_strdup_printf ("%u.%u", d + 1, i + 1);

          assert_string_equal (number, want);
          assert_int_equal (livc_item_get_position (item), i);
        }
    }
}

static void
test_every_text_in_three_languages (void **state)
{
  const char *langs[] = { "nl", "fr", "en", NULL };
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();

  livc_questionnaire_check_translations (q, langs, diag);
  if (livc_diagnostics_get_n (diag) > 0)
    fail_msg ("%s", livc_diagnostics_get (diag, 0)->message);

  /* Optional texts are there too: guidance on every item, descriptions everywhere. */
  for (guint i = 0; i < livc_questionnaire_get_n_items (q); i++)
    {
      LivcItem *item = livc_questionnaire_get_item (q, i);

      for (guint l = 0; langs[l] != NULL; l++)
        {
          const char *guidance = livc_text_get_exact (livc_item_get_guidance (item), langs[l]);

          if (guidance == NULL || strstr (guidance, "1") == NULL ||
              strstr (guidance, "3") == NULL || strstr (guidance, "5") == NULL)
            fail_msg ("%s: the %s guidance does not describe levels 1, 3 and 5",
                      livc_item_get_id (item), langs[l]);
          assert_non_null (livc_text_get_exact (livc_item_get_text (item), langs[l]));
        }
    }
}

static void
test_scale_and_stages (void **state)
{
  const char *stages[] = { "start", "reactivate", "optimise", "monitor" };
  g_autoptr(LivcScale) scale = g_list_model_get_item (livc_questionnaire_get_scales (q), 0);
  GListModel *model = livc_questionnaire_get_stages (q);

  assert_int_equal (livc_scale_get_n_levels (scale), 5);
  for (guint i = 0; i < 5; i++)
    {
      const LivcLevel *level = livc_scale_get_level (scale, i);
      assert_int_equal (level->value, (int) i + 1);
      assert_non_null (livc_text_get_exact (level->description, "fr"));
    }
  assert_string_equal (livc_text_get_exact (livc_scale_get_level (scale, 0)->label, "nl"),
                       "Afwezig");
  assert_string_equal (livc_text_get_exact (livc_scale_get_level (scale, 4)->label, "fr"),
                       "Apprenant");
  assert_int_equal (g_list_model_get_n_items (model), G_N_ELEMENTS (stages));
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      g_autoptr(LivcStage) stage = g_list_model_get_item (model, i);
      assert_string_equal (livc_stage_get_id (stage), stages[i]);
    }
}

static int
compare_min (gconstpointer a,
             gconstpointer b)
{
  double x = livc_recommendation_get_min (*(LivcRecommendation **) a);
  double y = livc_recommendation_get_min (*(LivcRecommendation **) b);

  return (x > y) - (x < y);
}

/* At least three bands per domain that leave no gap wider than the 0.01 of their bounds. */
static void
test_bands_cover_0_to_100 (void **state)
{
  GListModel *domains = livc_questionnaire_get_domains (q);

  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
      GListModel *recs = livc_domain_get_recommendations (domain);
      g_autoptr(GPtrArray) bands = g_ptr_array_new ();
      double reached = -1;

      for (guint r = 0; r < g_list_model_get_n_items (recs); r++)
        {
          g_autoptr(LivcRecommendation) rec = g_list_model_get_item (recs, r);
          if (livc_recommendation_get_kind (rec) == LIVC_RECOMMENDATION_BAND)
            g_ptr_array_add (bands, rec);
        }
      if (bands->len < 3)
        fail_msg ("%s has %u bands", livc_domain_get_id (domain), bands->len);
      g_ptr_array_sort (bands, compare_min);
      assert_double_equal (livc_recommendation_get_min (g_ptr_array_index (bands, 0)), 0);
      for (guint b = 0; b < bands->len; b++)
        {
          LivcRecommendation *rec = g_ptr_array_index (bands, b);
          if (reached >= 0 && livc_recommendation_get_min (rec) > reached + 0.0100001)
            fail_msg ("%s: gap between %g and %g", livc_domain_get_id (domain), reached,
                      livc_recommendation_get_min (rec));
          reached = MAX (reached, livc_recommendation_get_max (rec));
        }
      assert_double_equal (reached, 100);
    }
}

static void
test_legal_items (void **state)
{
  guint n_legal = 0;

  for (guint i = 0; i < livc_questionnaire_get_n_items (q); i++)
    {
      LivcItem *item = livc_questionnaire_get_item (q, i);
      GListModel *recs = livc_domain_get_recommendations (livc_item_get_domain (item));
      gboolean found = FALSE;

      if (livc_item_get_basis (item) != LIVC_BASIS_LEGAL)
        continue;
      n_legal++;
      assert_non_null (livc_item_get_references (item)[0]);
      for (guint r = 0; r < g_list_model_get_n_items (recs) && !found; r++)
        {
          g_autoptr(LivcRecommendation) rec = g_list_model_get_item (recs, r);
          found = livc_recommendation_get_kind (rec) == LIVC_RECOMMENDATION_ITEM &&
                  g_strcmp0 (livc_recommendation_get_item_id (rec), livc_item_get_id (item)) == 0 &&
                  livc_recommendation_get_below (rec) == 3;
        }
      if (!found)
        fail_msg ("the legal item %s has no recommendation for ratings below 3",
                  livc_item_get_id (item));
    }
  assert_true (n_legal >= 8);
}

static LivcScoreSet *
score_sample (const char *name)
{
  g_autofree char *root = g_path_get_dirname (g_getenv ("LIVC_TEST_FILES"));
  g_autofree char *path = g_build_filename (root, "..", "data", "samples", name, NULL);
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) a = livc_load_assessment (path, diag, &error);

  assert_null (error);
  assert_true (livc_assessment_check (a, q, path, diag, &error));
  /* Samples are clean: no warning either. */
  if (livc_diagnostics_get_n (diag) > 0)
    fail_msg ("%s: %s", name, livc_diagnostics_get (diag, 0)->message);
  return livc_score_set_new (q, a);
}

/* The samples show what they are meant to show in demos and screenshots. */
static void
test_samples (void **state)
{
  g_autoptr(LivcScoreSet) starting = score_sample ("starting-cell.xml");
  g_autoptr(LivcScoreSet) joint = score_sample ("joint-cell-individual.xml");
  g_autoptr(LivcScoreSet) y2024 = score_sample ("town-2024.xml");
  g_autoptr(LivcScoreSet) y2026 = score_sample ("town-2026.xml");
  g_autoptr(LivcScoreSet) brussels = score_sample ("brussels-bilingual.xml");
  g_autoptr(LivcScoreSet) active = score_sample ("active-unevaluated.xml");
  LivcAssessment *ja = livc_score_set_get_assessment (joint);
  guint improved = 0, declined = 0;

  /* A cell just starting: low, incomplete, with compliance alerts. */
  assert_string_equal (livc_stage_get_id (livc_score_set_get_overall (starting)->stage), "start");
  assert_true (livc_score_set_get_completeness (starting) < 1.0);
  assert_true (livc_score_set_get_overall (starting)->alerts > 0);

  /* A joint cell of two municipalities, five participants, individual ratings only, with
   * real disagreements. */
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_municipalities (ja)), 2);
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_participants (ja)), 5);
  assert_true (livc_score_set_get_overall (joint)->to_discuss >= 8);

  /* One municipality in 2024 and 2026: the same NIS, better overall, some items worse. */
  {
    g_autoptr(LivcMunicipality) m1 = g_list_model_get_item (
      livc_assessment_get_municipalities (livc_score_set_get_assessment (y2024)), 0);
    g_autoptr(LivcMunicipality) m2 = g_list_model_get_item (
      livc_assessment_get_municipalities (livc_score_set_get_assessment (y2026)), 0);
    assert_string_equal (livc_municipality_get_nis (m1), livc_municipality_get_nis (m2));
  }
  assert_true (livc_score_set_get_overall (y2026)->score >
               livc_score_set_get_overall (y2024)->score);
  for (guint i = 0; i < livc_score_set_get_n_items (y2024); i++)
    {
      const LivcItemScore *before = livc_score_set_get_item (y2024, i);
      const LivcItemScore *after = livc_score_set_get_item (y2026, i);

      if (before->rated && after->rated && after->effective > before->effective)
        improved++;
      if (before->rated && after->rated && after->effective < before->effective)
        declined++;
    }
  assert_true (improved > declined && declined >= 1);

  /* An active cell that never evaluated itself: evaluation is its weakest domain. */
  for (guint d = 0; d + 1 < livc_score_set_get_n_domains (active); d++)
    assert_true (livc_score_set_get_domain (active, d)->score >
                 livc_score_set_get_domain (active,
                                            livc_score_set_get_n_domains (active) - 1)->score);
  assert_non_null (brussels);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_domains_and_items),
    cmocka_unit_test (test_item_numbers),
    cmocka_unit_test (test_every_text_in_three_languages),
    cmocka_unit_test (test_scale_and_stages),
    cmocka_unit_test (test_bands_cover_0_to_100),
    cmocka_unit_test (test_legal_items),
    cmocka_unit_test (test_samples),
  };

  return cmocka_run_group_tests_name ("livc-r", tests, setup, teardown);
}
