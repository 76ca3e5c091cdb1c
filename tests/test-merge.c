/* test-merge.c: merging keeps every participant's ratings and every member's texts, turns
 * individual files into participants, never guesses a team value when the inputs disagree,
 * and refuses other versions and the same file twice.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <unistd.h>

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

/* A member's file built in code: answers a1 with a value and these texts. */
static LivcAssessment *
member (const char *version,
        int         value,
        const char *note,
        const char *evidence)
{
  LivcAssessment *a = livc_assessment_new ("scoring", version);
  g_autoptr(LivcMunicipality) m = livc_municipality_new ("99001", "Testdorp");
  LivcAnswer *answer = livc_assessment_ensure_answer (a, "a1");

  livc_assessment_add_municipality (a, m);
  livc_assessment_set_date (a, "2026-10-03");
  livc_answer_set_value (answer, value);
  livc_answer_set_note (answer, note);
  livc_answer_set_evidence (answer, evidence);
  return a;
}

/* Texts contained in another member's are kept: every distinct text of every member,
 * labelled with the member, in the order of the files. */
static void
test_texts_are_never_swallowed (void **state)
{
  g_autoptr(LivcAssessment) anna = member ("1.2", 2, "not ok: the schools were not told",
                                           "minutes of the council of 3 March");
  g_autoptr(LivcAssessment) bob = member ("1.2", 4, "ok", "minutes");
  g_autoptr(LivcAssessment) carl = member ("1.2", 3, "schools", NULL);
  g_autoptr(LivcAssessment) dirk = member ("1.2", 3, "not ok: the schools were not told", "");
  LivcAssessment *inputs[] = { anna, bob, carl, dirk };
  const char *names[] = { "in/Anna.xml", "bob.xml", "carl.member.xml", "dirk" };
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) team = livc_merge (inputs, names, 4, &error);
  LivcAnswer *a1;

  assert_null (error);
  a1 = livc_assessment_find_answer (team, "a1");
  assert_string_equal (livc_answer_get_note (a1),
                       "Anna: not ok: the schools were not told\n\n"
                       "bob: ok\n\n"
                       "carl.member: schools\n\n"
                       "dirk: not ok: the schools were not told");
  assert_string_equal (livc_answer_get_evidence (a1),
                       "Anna: minutes of the council of 3 March\n\nbob: minutes");
}

/* One member's text alone is labelled too; a member without texts adds none. */
static void
test_single_text_is_labelled (void **state)
{
  g_autoptr(LivcAssessment) anna = member ("1.2", 2, "Only Anna wrote", NULL);
  g_autoptr(LivcAssessment) bob = member ("1.2", 4, NULL, NULL);
  LivcAssessment *inputs[] = { anna, bob };
  const char *names[] = { "anna.xml", "bob.xml" };
  g_autoptr(LivcAssessment) team = livc_merge (inputs, names, 2, NULL);
  LivcAnswer *a1 = livc_assessment_find_answer (team, "a1");

  assert_string_equal (livc_answer_get_note (a1), "anna: Only Anna wrote");
  assert_null (livc_answer_get_evidence (a1));
}

/* A merged file merged again keeps its members' labels, once; the new member's text
 * comes after them; merging the result again changes nothing but the new member. */
static void
test_merge_of_merge_labels_once (void **state)
{
  g_autoptr(LivcAssessment) anna = member ("1.2", 2, "long text about schools", "file 1");
  g_autoptr(LivcAssessment) bob = member ("1.2", 4, "schools", "file 1");
  g_autoptr(LivcAssessment) emma = member ("1.2", 3, "ok\n\nsecond paragraph", NULL);
  g_autoptr(LivcAssessment) frank = member ("1.2", 3, "anna: not a label of frank's", NULL);
  LivcAssessment *first[] = { anna, bob };
  const char *first_names[] = { "anna.xml", "bob.xml" };
  g_autoptr(LivcAssessment) team = livc_merge (first, first_names, 2, NULL);
  g_autoptr(LivcAssessment) again = NULL;
  g_autoptr(LivcAssessment) third = NULL;
  LivcAssessment *second[] = { team, emma, NULL };
  const char *second_names[] = { "team.xml", "emma.xml", "frank.xml" };
  g_autoptr(GError) error = NULL;

  assert_string_equal (livc_answer_get_evidence (livc_assessment_find_answer (team, "a1")),
                       "anna: file 1\n\nbob: file 1");
  again = livc_merge (second, second_names, 2, &error);
  assert_null (error);
  assert_string_equal (livc_answer_get_note (livc_assessment_find_answer (again, "a1")),
                       "anna: long text about schools\n\nbob: schools\n\n"
                       "emma: ok\n\nsecond paragraph");
  assert_string_equal (livc_answer_get_evidence (livc_assessment_find_answer (again, "a1")),
                       "anna: file 1\n\nbob: file 1");
  assert_int_equal (g_list_model_get_n_items (livc_assessment_get_participants (again)), 3);

  second[0] = again;
  second[1] = frank;
  third = livc_merge (second, (const char *[]) { "again.xml", "frank.xml" }, 2, &error);
  assert_null (error);
  assert_string_equal (livc_answer_get_note (livc_assessment_find_answer (third, "a1")),
                       "anna: long text about schools\n\nbob: schools\n\n"
                       "emma: ok\n\nsecond paragraph\n\n"
                       "frank: anna: not a label of frank's");
}

/* Versions may differ in scales: files of two versions are not merged. */
static void
test_refuses_other_version (void **state)
{
  g_autoptr(LivcAssessment) one = member ("1", 3, NULL, NULL);
  g_autoptr(LivcAssessment) two = member ("2", 3, NULL, NULL);
  g_autoptr(LivcAssessment) also_one = member ("1", 4, NULL, NULL);
  LivcAssessment *inputs[] = { one, also_one, two };
  const char *names[] = { "anna.xml", "bob.xml", "carl.xml" };
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) team = livc_merge (inputs, names, 3, &error);

  assert_null (team);
  assert_true (g_error_matches (error, LIVC_MERGE_ERROR, LIVC_MERGE_ERROR_VERSION));
  assert_non_null (strstr (error->message, "carl.xml"));
  assert_non_null (strstr (error->message, "version 2"));
}

static void
expect_same (LivcAssessment *a,
             const char     *name_a,
             LivcAssessment *b,
             const char     *name_b,
             gboolean        same)
{
  LivcAssessment *inputs[] = { a, b };
  const char *names[] = { name_a, name_b };
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcAssessment) team = livc_merge (inputs, names, 2, &error);

  if (same)
    {
      if (!g_error_matches (error, LIVC_MERGE_ERROR, LIVC_MERGE_ERROR_SAME_INPUT))
        fail_msg ("%s and %s should be refused as the same file", name_a, name_b);
      assert_null (team);
    }
  else if (team == NULL)
    fail_msg ("%s and %s refused: %s", name_a, name_b, error->message);
}

/* The same file given twice, under any name, would count its members twice. */
static void
test_refuses_the_same_file (void **state)
{
  g_autofree char *dir = livc_test_tmpdir ();
  g_autofree char *anna = g_build_filename (dir, "anna.xml", NULL);
  g_autofree char *dotted = g_build_filename (dir, ".", "anna.xml", NULL);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  g_autofree char *up = g_build_filename (dir, "sub", "..", "anna.xml", NULL);
  g_autofree char *symbolic = g_build_filename (dir, "link.xml", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.xml", NULL);
  g_autofree char *copy = g_build_filename (dir, "sub", "anna.xml", NULL);
  g_autofree char *team_path = livc_test_file ("merge/team-1.xml");
  g_autoptr(LivcAssessment) a = member ("1.2", 2, "x", NULL);
  g_autoptr(LivcAssessment) other = member ("1.2", 4, "y", NULL);
  g_autoptr(LivcAssessment) twin = member ("1.2", 2, "x", NULL);
  g_autoptr(LivcAssessment) team = livc_load_assessment (team_path, NULL, NULL);
  g_autoptr(LivcAssessment) team_copy = livc_load_assessment (team_path, NULL, NULL);

  assert_int_equal (g_mkdir (sub, 0700), 0);
  assert_true (livc_assessment_save (a, anna, NULL));
  assert_true (livc_assessment_save (a, copy, NULL));
  assert_int_equal (symlink (anna, symbolic), 0);
  assert_int_equal (link (anna, hard), 0);

  expect_same (a, anna, a, anna, TRUE);
  expect_same (a, anna, a, dotted, TRUE);
  expect_same (a, anna, a, up, TRUE);
  expect_same (a, anna, a, symbolic, TRUE);
  expect_same (a, anna, a, hard, TRUE);
  /* A copy of a member's file under the member's own name is that member again… */
  expect_same (a, anna, twin, copy, TRUE);
  /* …but two members may answer alike, and another member's file is another member. */
  expect_same (a, anna, twin, "bob.xml", FALSE);
  expect_same (a, anna, other, "sub/anna.xml", FALSE);
  /* A copy of a team file holds the same members. */
  expect_same (team, team_path, team_copy, "copy-of-team-1.xml", TRUE);
  livc_test_rmdir (sub);
  livc_test_rmdir (dir);
}

/* Ids come from ASCII folding that no locale changes: under Turkish rules "I" is not
 * the upper case of "i", and g_utf8_strdown () made "lse" of "Ilse". */
static void
test_ids_in_every_locale (void **state)
{
  const char *locales[] = { "tr_TR.UTF-8", "C.UTF-8", "nl_BE.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      g_autoptr(LivcAssessment) ilse = member ("1.2", 2, NULL, NULL);
      g_autoptr(LivcAssessment) ivan = member ("1.2", 3, NULL, NULL);
      g_autoptr(LivcAssessment) ipek = member ("1.2", 4, NULL, NULL);
      g_autoptr(LivcAssessment) olcum = member ("1.2", 5, NULL, NULL);
      g_autoptr(LivcAssessment) iris = member ("1.2", 1, NULL, NULL);
      LivcAssessment *inputs[] = { ilse, ivan, ipek, olcum, iris };
      const char *names[] = { "Ilse.xml", "IVAN.xml", "\xc4\xb0pek.xml",
                              "\xc3\x96l\xc3\xa7\xc3\xbcm.xml", "Iris Kaya.xml" };
      const char *ids[] = { "ilse", "ivan", "ipek", "olcum", "iris-kaya" };
      g_autoptr(LivcAssessment) team = NULL;

      if (setlocale (LC_ALL, locales[l]) == NULL)
        {
          print_message ("# %s is not generated here; build-aux/dev.sh generates it\n", locales[l]);
          continue;
        }
      team = livc_merge (inputs, names, 5, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        {
          g_autoptr(LivcParticipant) p =
            g_list_model_get_item (livc_assessment_get_participants (team), i);

          if (g_strcmp0 (livc_participant_get_id (p), ids[i]) != 0)
            fail_msg ("under %s, %s gave the id “%s”, not “%s”", locales[l], names[i],
                      livc_participant_get_id (p), ids[i]);
        }
    }
  setlocale (LC_ALL, saved);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_individual_files),
    cmocka_unit_test (test_team_files),
    cmocka_unit_test (test_refuses_other_questionnaire),
    cmocka_unit_test (test_texts_are_never_swallowed),
    cmocka_unit_test (test_single_text_is_labelled),
    cmocka_unit_test (test_merge_of_merge_labels_once),
    cmocka_unit_test (test_refuses_other_version),
    cmocka_unit_test (test_refuses_the_same_file),
    cmocka_unit_test (test_ids_in_every_locale),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("merge", tests, NULL, NULL);
}
