/* test-assessment.c: the model's change notification, which the app binds to, and the
 * label an assessment goes by in legends and tables.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "livc-test.h"

static void
on_changed (LivcAssessment *a,
            guint          *count)
{
  (*count)++;
}

static void
test_changed_signal (void **state)
{
  g_autoptr(LivcAssessment) a = livc_assessment_new ("scoring", "1.2");
  g_autoptr(LivcAction) action = livc_action_new ("a1");
  g_autoptr(LivcParticipant) p = livc_participant_new ("p1", NULL, "Coordinator");
  LivcAnswer *answer;
  guint count = 0, before;

  g_signal_connect (a, "changed", G_CALLBACK (on_changed), &count);
  livc_assessment_set_title (a, "Scan");
  assert_int_equal (count, 1);
  livc_assessment_set_title (a, "Scan");
  assert_int_equal (count, 1); /* nothing changed, nothing emitted */

  answer = livc_assessment_ensure_answer (a, "a1");
  before = count;
  assert_true (count > 0);
  livc_answer_set_value (answer, 3);
  assert_int_equal (count, before + 1);
  livc_answer_set_value (answer, 3);
  assert_int_equal (count, before + 1);
  livc_answer_set_note (answer, "note");
  livc_answer_set_rating (answer, "p1", 4);
  livc_answer_set_rating (answer, "p1", 5);
  livc_answer_set_rating (answer, "p1", LIVC_VALUE_NONE);
  assert_int_equal (count, before + 5);
  assert_int_equal (livc_answer_get_n_ratings (answer), 0);

  livc_assessment_add_action (a, action);
  before = count;
  livc_action_set_status (action, LIVC_ACTION_DONE);
  assert_int_equal (count, before + 1);
  livc_assessment_add_participant (a, p);
  before = count;
  livc_participant_set_role (p, "coordinator");
  assert_int_equal (count, before + 1);
}

static void
test_new_action_id (void **state)
{
  g_autoptr(LivcAssessment) a = livc_assessment_new ("scoring", "1.2");
  g_autoptr(LivcAction) a2 = livc_action_new ("a2");
  g_autofree char *id = NULL;

  livc_assessment_add_action (a, a2);
  id = livc_assessment_new_action_id (a);
  assert_string_equal (id, "a3");
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

/* Every property notifies once per real change and not at all when set to what it holds,
 * so that a view bound to it does not redraw, nor autosave run, for nothing. */
static void
test_notify_only_on_change (void **state)
{
  g_autoptr(LivcAssessment) a = livc_assessment_new ("scoring", "1.2");
  g_autoptr(LivcMunicipality) m = livc_municipality_new ("11002", "Antwerpen");
  g_autoptr(LivcParticipant) p = livc_participant_new ("p1", NULL, NULL);
  g_autoptr(LivcAction) action = livc_action_new ("a1");
  LivcAnswer *answer = livc_assessment_ensure_answer (a, "a1");
  struct { GObject *object; const char *property; } cases[] = {
    { G_OBJECT (a), "date" }, { G_OBJECT (a), "title" },
    { G_OBJECT (a), "questionnaire-version" },
    { G_OBJECT (m), "nis" }, { G_OBJECT (m), "name" },
    { G_OBJECT (p), "role" }, { G_OBJECT (p), "name" },
    { G_OBJECT (answer), "note" }, { G_OBJECT (answer), "evidence" },
    { G_OBJECT (action), "domain-id" }, { G_OBJECT (action), "item-id" },
    { G_OBJECT (action), "owner" }, { G_OBJECT (action), "due" },
    { G_OBJECT (action), "text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *signal = g_strdup_printf ("notify::%s", cases[i].property);
      g_autofree char *read = NULL;
      guint count = 0;
      gulong id = g_signal_connect (cases[i].object, signal, G_CALLBACK (on_notify), &count);

      g_object_set (cases[i].object, cases[i].property, "2.0", NULL);
      g_object_set (cases[i].object, cases[i].property, "2.0", NULL);
      g_object_get (cases[i].object, cases[i].property, &read, NULL);
      assert_string_equal (read, "2.0");
      if (count != 1)
        fail_msg ("%s notified %u times for one change", cases[i].property, count);
      g_signal_handler_disconnect (cases[i].object, id);
    }

  {
    guint count = 0;

    g_signal_connect (answer, "notify::value", G_CALLBACK (on_notify), &count);
    g_object_set (answer, "value", 3, NULL);
    livc_answer_set_value (answer, 3);
    assert_int_equal (count, 1);
    g_signal_connect (action, "notify::status", G_CALLBACK (on_notify), &count);
    livc_action_set_status (action, LIVC_ACTION_DONE);
    g_object_set (action, "status", LIVC_ACTION_DONE, NULL);
    assert_int_equal (count, 2);
  }
}

#define FSI "\u2068"
#define PDI "\u2069"

/* The label of an assessment in a legend or a table, the same in the reports and the
 * compare window: the date stays in the label even when it is missing or not a date, so
 * that a series never loses the one thing that tells it from another of its municipality.
 * Each name is isolated (FSI … PDI), so no name can reorder the words around it. */
static void
test_label (void **state)
{
  g_autoptr(LivcAssessment) a = livc_assessment_new ("scoring", "1.2");
  g_autoptr(LivcMunicipality) m1 = livc_municipality_new ("11002", "Heuvelmolen");
  g_autoptr(LivcMunicipality) m2 = livc_municipality_new (NULL, "Testdorp");
  char *label;

  livc_assessment_add_municipality (a, m1);
  label = livc_assessment_dup_label (a);
  assert_string_equal (label, FSI "Heuvelmolen" PDI " (—)");
  g_free (label);

  livc_assessment_add_municipality (a, m2);
  livc_assessment_set_date (a, "2024-05-15");
  label = livc_assessment_dup_label (a);
  assert_string_equal (label, FSI "Heuvelmolen" PDI " · " FSI "Testdorp" PDI " (15/05/2024)");
  g_free (label);
  label = livc_assessment_dup_short_date (a);
  assert_string_equal (label, "15/05/2024");
  g_free (label);

  livc_assessment_set_date (a, "2024-02-30");
  label = livc_assessment_dup_label (a);
  assert_string_equal (label, FSI "Heuvelmolen" PDI " · " FSI "Testdorp" PDI " (2024-02-30)");
  g_free (label);

  /* An unpaired right-to-left override in a name ends with the name: the date after it
   * keeps its order. */
  livc_assessment_set_date (a, "2026-01-01");
  livc_municipality_set_name (m2, "Test\u202Edorp");
  label = livc_assessment_dup_label (a);
  assert_string_equal (label, FSI "Heuvelmolen" PDI " · " FSI "Test\u202Edorp\u202C" PDI
                              " (01/01/2026)");
  g_free (label);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_changed_signal),
    cmocka_unit_test (test_new_action_id),
    cmocka_unit_test (test_notify_only_on_change),
    cmocka_unit_test (test_label),
  };

  return cmocka_run_group_tests_name ("assessment", tests, NULL, NULL);
}
