/* test-merge.c: merging keeps every participant's ratings, turns individual files into
 * participants, and never guesses a team value when the inputs disagree.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "livc-test.h"

static LivcAssessment *
merge_files (const char * const *names,
             guint               n)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  LivcAssessment *team;

  for (guint i = 0; i < n; i++)
    {
      char *path = livc_test_file (names[i]);
      LivcAssessment *a = livc_load_assessment (path, NULL, &error);

      assert_null (error);
      g_ptr_array_add (inputs, a);
      g_ptr_array_add (paths, path);
    }
  team = livc_merge ((LivcAssessment * const *) inputs->pdata, (const char * const *) paths->pdata,
                     n, &error);
  assert_null (error);
  return team;
}

/* Two members each filled in their own file: each becomes a participant named after the
 * file, their values become ratings, and the team value is left to the lower median. */
static void
test_individual_files (void **state)
{
  const char *names[] = { "merge/member-coordinator.xml", "merge/member-police.xml" };
  g_autoptr(LivcAssessment) team = merge_files (names, 2);
  g_autofree char *qpath = livc_test_file ("scoring-q.xml");
  g_autoptr(LivcQuestionnaire) q = livc_load_questionnaire (qpath, NULL, NULL);
  g_autoptr(LivcScoreSet) scores = NULL;
  g_autoptr(LivcParticipant) p0 = NULL;
  LivcAnswer *a1;

  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_participants (team)), 2);
  p0 = g_list_model_get_item (livc_assessment_get_participants (team), 0);
  assert_string_equal (livc_participant_get_id (p0), "member-coordinator");
  assert_string_equal (livc_participant_get_name (p0), "member-coordinator");
  a1 = livc_assessment_find_answer (team, "a1");
  assert_int_equal (livc_answer_get_value (a1), LIVC_VALUE_NONE);
  assert_int_equal (livc_answer_get_rating_for (a1, "member-coordinator"), 2);
  assert_int_equal (livc_answer_get_rating_for (a1, "member-police"), 4);
  /* Both notes are kept, each labelled with its member. */
  assert_non_null (strstr (livc_answer_get_note (a1), "no founding decision"));
  assert_non_null (strstr (livc_answer_get_note (a1), "member-police: The decision exists"));
  assert_int_equal (livc_answer_get_rating_for (livc_assessment_find_answer (team, "b1"),
                                                "member-coordinator"), LIVC_VALUE_NA);
  assert_string_equal (livc_assessment_get_date (team), "2026-10-03");
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_actions (team)), 1);
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_municipalities (team)), 1);

  scores = livc_score_set_new (q, team);
  /* ratings 2 and 4: lower median 2, two levels apart: to discuss */
  assert_int_equal (livc_score_set_find_item (scores, "a1")->effective, 2);
  assert_true (livc_score_set_find_item (scores, "a1")->to_discuss);
  assert_true (livc_score_set_find_item (scores, "a2")->to_discuss);
}

/* Team files: participants are renamed apart, agreeing values stay, conflicting ones go. */
static void
test_team_files (void **state)
{
  const char *names[] = { "merge/team-1.xml", "merge/team-2.xml" };
  g_autoptr(LivcAssessment) team = merge_files (names, 2);
  g_autoptr(LivcParticipant) second = NULL;
  g_autoptr(LivcAction) action = NULL;
  LivcAnswer *a1;

  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_participants (team)), 2);
  second = g_list_model_get_item (livc_assessment_get_participants (team), 1);
  assert_string_equal (livc_participant_get_id (second), "p1-2");
  assert_string_equal (livc_participant_get_role (second), "caw");
  a1 = livc_assessment_find_answer (team, "a1");
  assert_int_equal (livc_answer_get_value (a1), LIVC_VALUE_NONE); /* 3 vs 5: not guessed */
  assert_int_equal (livc_answer_get_rating_for (a1, "p1"), 3);
  assert_int_equal (livc_answer_get_rating_for (a1, "p1-2"), 5);
  assert_int_equal (livc_answer_get_value (livc_assessment_find_answer (team, "b1")), 4);
  assert_int_equal (livc_answer_get_value (livc_assessment_find_answer (team, "c1")), 2);
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_municipalities (team)), 2);
  action = g_list_model_get_item (livc_assessment_get_actions (team), 0);
  assert_string_equal (livc_action_get_id (action), "a1");
}

static void
test_refuses_other_questionnaire (void **state)
{
  g_autoptr(LivcAssessment) x = livc_assessment_new ("scoring", "1.2");
  g_autoptr(LivcAssessment) y = livc_assessment_new ("other", "1");
  LivcAssessment *inputs[] = { x, y };
  const char *names[] = { "x.xml", "y.xml" };
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) team = livc_merge (inputs, names, 2, &error);

  assert_null (team);
  assert_true (g_error_matches (error, LIVC_MERGE_ERROR, LIVC_MERGE_ERROR_QUESTIONNAIRE));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_individual_files),
    cmocka_unit_test (test_team_files),
    cmocka_unit_test (test_refuses_other_questionnaire),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("merge", tests, NULL, NULL);
}
