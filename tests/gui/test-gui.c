/* test-gui.c: the desktop app under Xvfb, driven as a user would: its actions, real key
 * presses (xdotool through the X server), its dialogs. Also kills the real binary with
 * SIGKILL in the middle of a session and checks that the recovery offers every answer.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <signal.h>
#include <utime.h>

#include <glib/gi18n.h>

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>

#include "livc-action-row.h"
#include "livc-application.h"
#include "livc-bidi-check.h"
#include "livc-gui-test.h"
#include "livc-item-row.h"
#include "livc-new-dialog.h"
#include "livc-radar-view.h"
#include "livc-spread-view.h"
#include "livc-team-dialog.h"
#include "livc-window-private.h"
#include "livc-window.h"

static LivcApplication *app;
static char *tmpdir;

#define iterate_until livc_gui_test_iterate_until
#define window_gone   livc_gui_test_window_gone
#define settle        livc_gui_test_settle
#define rest(window)  livc_gui_test_rest (GTK_WIDGET (window))

/* The tests wait for conditions, never for a fixed time: on a loaded machine any fixed
 * time is too short once (build-aux/soak-gui.sh runs this suite under load to show it). */

/* Until the X server has handled every request of this process and of the programs that
 * ran before (xdotool), and this process has handled every event they caused: a round trip
 * to the server, whose answer comes after those events, then settle(). */
static void
x_settle (void)
{
  gdk_display_sync (gdk_display_get_default ());
  settle ();
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static gboolean
has_message_dialog (gpointer data)
{
  return find_message_dialog () != NULL;
}

static LivcNewDialog *
find_new_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (LIVC_IS_NEW_DIALOG (w))
        return LIVC_NEW_DIALOG (w);
    }
  return NULL;
}

static gboolean
has_new_dialog (gpointer data)
{
  return find_new_dialog () != NULL;
}

/* The window is on the X server's screen: mapped there, not only in GTK. */
static gboolean
window_shown (gpointer data)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (data));

  return gtk_widget_get_mapped (GTK_WIDGET (data)) && surface != NULL &&
         gdk_surface_get_mapped (surface);
}

static gboolean
window_active (gpointer data)
{
  return window_shown (data) && gtk_window_is_active (GTK_WINDOW (data));
}

static gboolean
has_document (gpointer data)
{
  return !livc_window_is_empty (LIVC_WINDOW (data));
}

static gboolean
widget_shown (gpointer data)
{
  return gtk_widget_get_visible (GTK_WIDGET (data));
}

static gboolean
widget_hidden (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

/* A toplevel whose title is the translation of data (a window title). */
static gboolean
has_window_titled (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (GTK_WIDGET (w)) &&
          g_strcmp0 (gtk_window_get_title (w), g_dgettext (GETTEXT_PACKAGE, data)) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_guide_window (gpointer data)
{
  return has_window_titled ((gpointer) "User Guide");
}

static gboolean
has_shortcuts_window (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return TRUE;
    }
  return FALSE;
}

static LivcTeamDialog *find_team_dialog (void);

static gboolean
has_team_dialog (gpointer data)
{
  return find_team_dialog () != NULL;
}

static gboolean
content_is (LivcWindow *window,
            const char *page)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (window->content_stack), page) == 0;
}

static gboolean
round_shown (gpointer data)
{
  return content_is (data, "round");
}

static gboolean
results_shown (gpointer data)
{
  return content_is (data, "results");
}

/* Dialogs first, then the main windows; each window owns its other helpers. */
static void
destroy_all_windows (void)
{
  for (guint pass = 0; pass < 2; pass++)
    for (;;)
      {
        GListModel *toplevels = gtk_window_get_toplevels ();
        GtkWindow *victim = NULL;

        for (guint i = 0; i < g_list_model_get_n_items (toplevels) && victim == NULL; i++)
          {
            g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
            /* GTK's own dialogs too: a file chooser, or a message it showed. */
            gboolean dialog = ADW_IS_MESSAGE_DIALOG (w) || LIVC_IS_NEW_DIALOG (w) ||
                              GTK_IS_DIALOG (w);

            if ((pass == 0 && dialog) || (pass == 1 && LIVC_IS_WINDOW (w)))
              victim = GTK_WINDOW (w);
          }
        if (victim == NULL)
          break;
        gtk_window_destroy (victim);
        settle ();
      }
  settle ();
}

static LivcWindow *
new_window (void)
{
  LivcWindow *window = livc_window_new (GTK_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (iterate_until (window_shown, window, 10000));
  return window;
}

static int
value_of (LivcWindow *window,
          const char *item_id)
{
  LivcAssessment *a = livc_document_get_assessment (livc_window_get_document (window));
  LivcAnswer *answer = livc_assessment_find_answer (a, item_id);

  return answer != NULL ? livc_answer_get_value (answer) : LIVC_VALUE_NONE;
}

/* A new assessment of the built-in questionnaire, made through the New dialog. */
static LivcWindow *
create_assessment (const char *name,
                   const char *nis,
                   const char *lang)
{
  LivcWindow *window = new_window ();
  LivcNewDialog *dialog;

  g_assert_true (livc_window_is_empty (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  g_assert_true (iterate_until (has_new_dialog, NULL, 10000));
  dialog = find_new_dialog ();
  g_assert_nonnull (dialog);
  livc_new_dialog_set_municipality (dialog, 0, name, nis);
  if (lang != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.questionnaire-language", "s", lang);
  g_assert_true (livc_new_dialog_create (dialog));
  g_assert_true (iterate_until (has_document, window, 10000));
  g_assert_false (livc_window_is_empty (window));
  return window;
}

static void
rate (LivcWindow *window,
      const char *item,
      const char *value)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.rate", "(ss)", item, value);
}

static void
test_start (void)
{
  LivcWindow *window = new_window ();
  GtkWidget *stack = gtk_window_get_child (GTK_WINDOW (window));

  g_assert_true (livc_window_is_empty (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_nonnull (stack);
  /* The user guide opens from the menu's action, with the guide's text. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "user-guide", NULL);
  g_assert_true (iterate_until (has_guide_window, NULL, 10000));
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
        if (g_strcmp0 (gtk_window_get_title (w), g_dgettext (GETTEXT_PACKAGE, "User Guide")) == 0)
          {
            found = TRUE;
            gtk_window_destroy (w);
            break;
          }
      }
    g_assert_true (found);
  }
  /* The shortcuts window (Ctrl+?) is built when asked for, over this window, and the
   * same one comes back after it is closed. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    GtkWindow *shortcuts = NULL;

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL);
    g_assert_true (iterate_until (has_shortcuts_window, NULL, 10000));
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
        if (GTK_IS_SHORTCUTS_WINDOW (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
          shortcuts = w;
      }
    g_assert_nonnull (shortcuts);
    g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
    gtk_window_close (shortcuts);
    g_assert_true (iterate_until (widget_hidden, shortcuts, 10000));
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL);
    g_assert_true (iterate_until (widget_shown, shortcuts, 10000));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
    gtk_window_close (shortcuts);
  }
  /* Without a document, nothing that needs one can run. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL) &&
                  livc_window_get_document (window) != NULL);
  destroy_all_windows ();
}

/* The first widget under root, depth first, that match accepts. */
static GtkWidget *
find_widget (GtkWidget *root,
             gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_radar (GtkWidget    *widget,
          gconstpointer data)
{
  return LIVC_IS_RADAR_VIEW (widget);
}

static gboolean
has_tooltip (GtkWidget    *widget,
             gconstpointer data)
{
  return gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

static gboolean
has_placeholder (GtkWidget    *widget,
                 gconstpointer data)
{
  return GTK_IS_ENTRY (widget) &&
         g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (widget)), data) == 0;
}

static gboolean
is_calendar (GtkWidget    *widget,
             gconstpointer data)
{
  return GTK_IS_CALENDAR (widget);
}

static gboolean
is_drop_down (GtkWidget    *widget,
              gconstpointer data)
{
  return GTK_IS_DROP_DOWN (widget) && gtk_widget_get_mapped (widget);
}

static guint
radar_draws (LivcWindow *window)
{
  GtkWidget *radar = find_widget (GTK_WIDGET (window), is_radar, NULL);

  g_assert_nonnull (radar);
  return livc_radar_view_get_n_draws (LIVC_RADAR_VIEW (radar));
}

static gboolean
radar_mapped (gpointer window)
{
  GtkWidget *radar = find_widget (GTK_WIDGET (window), is_radar, NULL);

  return radar != NULL && gtk_widget_get_mapped (radar);
}

typedef struct
{
  LivcWindow *window;
  guint       before;
} RadarWait;

static gboolean
radar_redrawn (gpointer data)
{
  RadarWait *w = data;
  return radar_draws (w->window) > w->before;
}

/* The live score says how much is answered, and the stage only once it means something. */
static void
check_completeness (LivcWindow *window,
                    guint       answered)
{
  LivcDocument *doc = livc_window_get_document (window);
  LivcQuestionnaire *q = livc_document_get_questionnaire (doc);
  const LivcDomainScore *overall = livc_score_set_get_overall (livc_document_get_scores (doc));
  const char *text = gtk_label_get_text (window->stage_label);
  guint n = livc_questionnaire_get_n_items (q);
  g_autofree char *expected = NULL;

  g_assert_cmpuint (overall->answered, ==, answered);
  if (answered * 2 < n)
    expected = g_strdup_printf (_("%u of %u answered · the stage once half is answered"),
                                answered, n);
  else
    {
      const char *stage = livc_questionnaire_lookup (q, livc_stage_get_label (overall->stage),
                                                     livc_window_get_lang (window));

      expected = g_strdup_printf (answered < n ? _("%u of %u answered · stage so far: %s")
                                               : _("%u of %u answered · stage: %s"),
                                  answered, n, stage);
    }
  g_assert_cmpstr (text, ==, expected);
}

static void
test_answer_score_radar (void)
{
  LivcWindow *window = create_assessment ("Testdorp", "99001", NULL);
  LivcDocument *doc = livc_window_get_document (window);
  const LivcDomainScore *overall;
  RadarWait wait = { window, 0 };

  settle ();
  overall = livc_score_set_get_overall (livc_document_get_scores (doc));
  g_assert_true (isnan (overall->score));

  wait.before = radar_draws (window);
  rate (window, "protocol.founded", "5");
  g_assert_cmpint (value_of (window, "protocol.founded"), ==, 5);
  overall = livc_score_set_get_overall (livc_document_get_scores (doc));
  /* One item at the top of its scale: its domain and the overall score are 100. */
  g_assert_cmpfloat_with_epsilon (overall->score, 100.0, 1e-9);
  g_assert_true (livc_gui_test_iterate_until (radar_redrawn, &wait, 3000));
  check_completeness (window, 1);

  wait.before = radar_draws (window);
  rate (window, "protocol.members", "1");
  overall = livc_score_set_get_overall (livc_document_get_scores (doc));
  g_assert_cmpfloat (overall->score, <, 100.0);
  g_assert_true (livc_gui_test_iterate_until (radar_redrawn, &wait, 3000));
  g_assert_true (livc_document_get_modified (doc));

  /* The stage shows once half the items are answered, provisional until all are. */
  {
    LivcQuestionnaire *q = livc_document_get_questionnaire (doc);
    guint n = livc_questionnaire_get_n_items (q);

    for (guint i = 2; i < n; i++)
      {
        rate (window, livc_item_get_id (livc_questionnaire_get_item (q, i)), "3");
        if (i + 1 == n / 2 || i + 1 == n - 1 || i + 1 == n)
          check_completeness (window, i + 1);
      }
  }

  rate (window, "protocol.members", "na");
  g_assert_cmpint (value_of (window, "protocol.members"), ==, LIVC_VALUE_NA);
  rate (window, "protocol.members", "");
  g_assert_cmpint (value_of (window, "protocol.members"), ==, LIVC_VALUE_NONE);
  livc_document_discard_recovery (doc);
  livc_document_set_modified (doc, FALSE);
  destroy_all_windows ();
}

static guint
n_item_rows (LivcWindow *window)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (window->item_list)); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    n += LIVC_IS_ITEM_ROW (c);
  return n;
}

typedef struct
{
  LivcWindow *window;
  guint       n;
} RowsWait;

static gboolean
rows_shown (gpointer data)
{
  RowsWait *w = data;
  return n_item_rows (w->window) == w->n;
}

static guint
domain_n_items (LivcWindow *window,
                guint       domain)
{
  LivcQuestionnaire *q = livc_document_get_questionnaire (livc_window_get_document (window));
  g_autoptr(LivcDomain) d = g_list_model_get_item (livc_questionnaire_get_domains (q), domain);

  return g_list_model_get_n_items (livc_domain_get_items (d));
}

static gboolean
is_text_view (GtkWidget    *widget,
              gconstpointer data)
{
  return GTK_IS_TEXT_VIEW (widget);
}

static gboolean
has_text_view (gpointer data)
{
  return find_widget (GTK_WIDGET (data), is_text_view, NULL) != NULL;
}

/* A domain page as a user sees it on a window of the default size: every item of the
 * domain, the page no wider than the window (statements and level names wrap instead),
 * and the note fields holding the file's note when they open. */
static void
test_editor_page (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("LIVC_SOURCE_ROOT"), "data", "samples",
                                            "town-2026.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LivcWindow *window = livc_window_new (GTK_APPLICATION (app));
  RowsWait wait = { window, 0 };
  LivcAssessment *a;
  LivcItemRow *first;
  GtkWidget *expander, *view;
  int min_width, window_width;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  g_assert_true (livc_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  a = livc_document_get_assessment (livc_window_get_document (window));

  /* Every item of the first domain comes, those below the fold a frame after the first. */
  wait.n = domain_n_items (window, 0);
  g_assert_cmpuint (wait.n, >, 3);
  g_assert_true (iterate_until (rows_shown, &wait, 5000));
  settle ();
  g_assert_cmpuint (n_item_rows (window), ==, wait.n);

  /* Nothing is wider than the window: its minimum width fits in it, and each row is as
   * wide as the page that holds it. */
  window_width = gtk_widget_get_width (GTK_WIDGET (window));
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL,
                      NULL, NULL);
  g_assert_cmpint (window_width, >, 0);
  g_assert_cmpint (min_width, <=, window_width);
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (window->item_list)); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    g_assert_cmpint (gtk_widget_get_width (c), <=,
                     gtk_widget_get_width (GTK_WIDGET (window->item_list)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->item_list)), <=,
                   gtk_widget_get_width (GTK_WIDGET (window->items_scrolled)));

  /* The next domain's page fills in the same way. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-domain", NULL);
  wait.n = domain_n_items (window, 1);
  g_assert_true (livc_gui_test_iterate_until (rows_shown, &wait, 5000));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-domain", NULL);
  wait.n = domain_n_items (window, 0);
  g_assert_true (livc_gui_test_iterate_until (rows_shown, &wait, 5000));

  /* The note fields are there once "Note and evidence" opens, with the file's note, and
   * what is typed there reaches the assessment. */
  first = LIVC_ITEM_ROW (gtk_widget_get_first_child (GTK_WIDGET (window->item_list)));
  g_assert_null (find_widget (GTK_WIDGET (first), is_text_view, NULL));
  expander = gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (first)));
  g_assert_true (GTK_IS_EXPANDER (expander));
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  g_assert_true (iterate_until (has_text_view, first, 10000));
  view = find_widget (GTK_WIDGET (first), is_text_view, NULL);
  g_assert_nonnull (view);
  {
    LivcAnswer *answer =
      livc_assessment_find_answer (a, livc_item_get_id (livc_item_row_get_item (first)));
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    g_assert_nonnull (answer);
    g_assert_nonnull (livc_answer_get_note (answer));
    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, livc_answer_get_note (answer));
    gtk_text_buffer_insert (buffer, &end, " — herzien", -1);
    g_assert_true (g_str_has_suffix (livc_answer_get_note (answer), " — herzien"));
  }
  livc_document_discard_recovery (livc_window_get_document (window));
  livc_document_set_modified (livc_window_get_document (window), FALSE);
  destroy_all_windows ();
}

/* The results page: a recommendation becomes an action; owner, due date (only a real
 * date is kept), status and removal reach the assessment. */
/* Clicks the mapped button of window with that (translated) tooltip. */
static void
click_tooltip (LivcWindow *window,
               const char *tooltip)
{
  GtkWidget *button = find_widget (GTK_WIDGET (window), has_tooltip,
                                   g_dgettext (GETTEXT_PACKAGE, tooltip));

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  settle ();
}

/* The focus is in widget or one of its parts. */
static gboolean
focus_within (gpointer data)
{
  GtkWidget *widget = data;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gboolean
widget_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
widget_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

/* widget shows whole inside the scrolled window that holds it. */
static gboolean
in_view (gpointer data)
{
  GtkWidget *widget = data;
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (widget, scrolled, &bounds) && bounds.size.height > 0 &&
         bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled);
}

/* An error text shown under a field. */
static gboolean
is_shown_error (GtkWidget    *widget,
                gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error") &&
         gtk_widget_get_mapped (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0';
}

static gboolean
shows_error (gpointer row)
{
  return find_widget (row, is_shown_error, NULL) != NULL;
}

static gboolean
has_label (GtkWidget    *widget,
           gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

/* Clicks the mapped button of window with that (translated) label. */
static void
click_label (LivcWindow *window,
             const char *label)
{
  GtkWidget *button = find_widget (GTK_WIDGET (window), has_label,
                                   g_dgettext (GETTEXT_PACKAGE, label));

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

/* Tab from an action's text goes through its owner, date, calendar and status before it
 * reaches the button that removes it. */
static void
assert_tab_order (LivcWindow *window,
                  GtkWidget  *row)
{
  GtkWidget *fields[] = {
    find_widget (row, has_placeholder, g_dgettext (GETTEXT_PACKAGE, "Owner")),
    find_widget (row, has_placeholder, g_dgettext (GETTEXT_PACKAGE, "Due date")),
    livc_action_row_get_date_button (LIVC_ACTION_ROW (row)),
    find_widget (row, is_drop_down, NULL),
    find_widget (row, has_tooltip, g_dgettext (GETTEXT_PACKAGE, "Remove Action")),
  };
  guint next = 0;

  settle ();
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_nonnull (fields[i]);
  for (guint presses = 0; presses < 10 && next < G_N_ELEMENTS (fields); presses++)
    {
      GtkWidget *focus;

      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      for (guint later = next + 1; later < G_N_ELEMENTS (fields); later++)
        g_assert_false (focus == fields[later] || gtk_widget_is_ancestor (focus, fields[later]));
      if (focus == fields[next] || gtk_widget_is_ancestor (focus, fields[next]))
        next++;
    }
  g_assert_cmpuint (next, ==, G_N_ELEMENTS (fields));
}

static void
test_action_plan (void)
{
  LivcWindow *window = create_assessment ("Plandorp", NULL, NULL);
  LivcDocument *doc = livc_window_get_document (window);
  GListModel *actions = livc_assessment_get_actions (livc_document_get_assessment (doc));
  GPtrArray *recs;
  GtkWidget *due, *status, *row, *list, *text_entry, *error, *calendar_button, *popover;
  GtkWidget *calendar;
  g_autoptr(LivcAction) action = NULL;
  const char *text;

  rate (window, "protocol.founded", "1");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
  g_assert_true (iterate_until (results_shown, window, 10000));
  recs = livc_score_set_get_recommendations (livc_document_get_scores (doc));
  g_assert_cmpuint (recs->len, >, 0);
  click_tooltip (window, "Add to the Action Plan");
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);
  action = g_list_model_get_item (actions, 0);
  /* Every change scores again: the recommendations of the new score set. */
  recs = livc_score_set_get_recommendations (livc_document_get_scores (doc));
  text = livc_questionnaire_lookup (livc_document_get_questionnaire (doc),
                                    livc_recommendation_get_text (g_ptr_array_index (recs, 0)),
                                    livc_window_get_lang (window));
  g_assert_cmpstr (livc_action_get_text (action), ==, text);
  g_assert_cmpstr (livc_action_get_domain_id (action), ==,
                   livc_domain_get_id (
                     livc_recommendation_get_domain (g_ptr_array_index (recs, 0))));

  due = find_widget (GTK_WIDGET (window), has_placeholder,
                     g_dgettext (GETTEXT_PACKAGE, "Due date"));
  g_assert_nonnull (due);
  row = gtk_widget_get_ancestor (due, LIVC_TYPE_ACTION_ROW);
  g_assert_nonnull (row);
  list = gtk_widget_get_parent (row);
  /* The new action is in view with the keyboard in its text. */
  text_entry = find_widget (row, has_placeholder, g_dgettext (GETTEXT_PACKAGE, "Action"));
  g_assert_true (iterate_until (focus_within, text_entry, 10000));
  assert_tab_order (window, row);

  gtk_editable_set_text (GTK_EDITABLE (due), "2027-02-30");
  g_assert_null (livc_action_get_due (action));
  g_assert_true (gtk_widget_has_css_class (due, "error"));
  gtk_editable_set_text (GTK_EDITABLE (due), "2027-03-01");
  g_assert_cmpstr (livc_action_get_due (action), ==, "2027-03-01");
  g_assert_false (gtk_widget_has_css_class (due, "error"));
  gtk_editable_set_text (GTK_EDITABLE (due), "2/3/2027");
  g_assert_cmpstr (livc_action_get_due (action), ==, "2027-03-02");
  g_assert_false (gtk_widget_has_css_class (due, "error"));
  g_assert_null (find_widget (row, is_shown_error, NULL));
  /* The ways Belgians write a date, each kept as ISO. */
  {
    const char *typed[][2] = {
      { "31/03/2027", "2027-03-31" }, { "1/4/2027", "2027-04-01" },
      { "27.03.2027", "2027-03-27" }, { "5-4-2027", "2027-04-05" },
      { "12-10-2027", "2027-10-12" }, { "2027-11-30", "2027-11-30" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
      {
        gtk_editable_set_text (GTK_EDITABLE (due), typed[i][0]);
        g_assert_cmpstr (livc_action_get_due (action), ==, typed[i][1]);
      }
  }
  /* No such day: said under the field, what was typed stays, only real dates reach the
   * file. */
  gtk_editable_set_text (GTK_EDITABLE (due), "31/02/2027");
  g_assert_true (livc_action_get_due (action) == NULL ||
                 livc_date_is_valid (livc_action_get_due (action)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due)), ==, "31/02/2027");
  error = find_widget (row, is_shown_error, NULL);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error)), "31/02/2027"));
  livc_action_set_owner (action, "Els");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due)), ==, "31/02/2027");
  /* While a date is being typed it is not yet wrong: the reason shows once the field is left. */
  gtk_widget_grab_focus (due);
  gtk_editable_set_text (GTK_EDITABLE (due), "31/0");
  g_assert_null (find_widget (row, is_shown_error, NULL));
  g_assert_false (gtk_widget_has_css_class (due, "error"));
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  g_assert_false (focus_within (due));
  g_assert_true (iterate_until (shows_error, row, 10000));
  g_assert_true (gtk_widget_has_css_class (due, "error"));

  /* The calendar beside the field: opens on the date, a day picked writes it. */
  calendar_button = livc_action_row_get_date_button (LIVC_ACTION_ROW (row));
  g_assert_true (gtk_widget_get_mapped (calendar_button));
  gtk_editable_set_text (GTK_EDITABLE (due), "15/06/2027");
  gtk_menu_button_popup (GTK_MENU_BUTTON (calendar_button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (calendar_button)));
  g_assert_true (iterate_until (widget_mapped, popover, 10000));
  calendar = find_widget (popover, is_calendar, NULL);
  g_assert_nonnull (calendar);
  {
    g_autoptr(GDateTime) shown = gtk_calendar_get_date (GTK_CALENDAR (calendar));
    g_autoptr(GDateTime) day = g_date_time_new_local (2027, 7, 9, 12, 0, 0);

    g_assert_cmpint (g_date_time_get_month (shown), ==, 6);
    g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 15);
    gtk_calendar_select_day (GTK_CALENDAR (calendar), day);
  }
  g_assert_cmpstr (livc_action_get_due (action), ==, "2027-07-09");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due)), ==, "2027-07-09");
  g_assert_true (iterate_until (widget_unmapped, popover, 10000));
  g_assert_null (find_widget (row, is_shown_error, NULL));
  /* An undo of the date puts the field back too. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (livc_action_get_due (action), !=, "2027-07-09");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due)), ==,
                   livc_action_get_due (action) != NULL ? livc_action_get_due (action) : "");

  status = find_widget (GTK_WIDGET (window), is_drop_down, NULL);
  g_assert_nonnull (status);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), LIVC_ACTION_DONE);
  g_assert_cmpint (livc_action_get_status (action), ==, LIVC_ACTION_DONE);

  /* Removing asks nothing; Undo puts it back in its place. */
  {
    g_autoptr(LivcAction) other = livc_action_new ("a-other");

    livc_assessment_add_action (livc_document_get_assessment (doc), other);
    settle ();
  }
  click_tooltip (window, "Remove Action");
  g_assert_null (find_message_dialog ());
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  {
    g_autoptr(LivcAction) back = g_list_model_get_item (actions, 0);

    g_assert_true (back == action);
    g_assert_cmpint (livc_action_get_status (back), ==, LIVC_ACTION_DONE);
  }

  /* Below the fold, a new action comes into view with the keyboard in its text. */
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *id = g_strdup_printf ("a-more-%u", i);
      g_autoptr(LivcAction) more = livc_action_new (id);

      livc_assessment_add_action (livc_document_get_assessment (doc), more);
    }
  settle ();
  click_label (window, "_Add Action");
  {
    guint n = g_list_model_get_n_items (actions);
    GtkWidget *last = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list),
                                                                 (int) n - 1));

    g_assert_cmpuint (n, ==, 15);
    text_entry = find_widget (last, has_placeholder, g_dgettext (GETTEXT_PACKAGE, "Action"));
    g_assert_true (iterate_until (focus_within, text_entry, 10000));
    g_assert_true (iterate_until (in_view, last, 10000));
  }

  livc_document_discard_recovery (doc);
  livc_document_set_modified (doc, FALSE);
  destroy_all_windows ();
}

/* The start page's recent assessments say which municipality and which day, the file's
 * name under it. */
static void
test_recent_names (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("LIVC_SOURCE_ROOT"), "data", "samples",
                                            "town-2026.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LivcAssessment) a = livc_load_assessment (path, NULL, NULL);
  g_autofree char *names = NULL;
  g_autofree char *year = NULL;
  LivcWindow *window = livc_window_new (GTK_APPLICATION (app));
  AdwActionRow *found = NULL;

  g_assert_nonnull (a);
  names = livc_assessment_dup_municipality_names (a, ", ");
  year = g_strndup (livc_assessment_get_date (a), 4);
  g_assert_true (livc_window_open_file (window, file));
  livc_document_set_modified (livc_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();

  window = livc_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (window->recent_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "path"), path) == 0)
      found = ADW_ACTION_ROW (row);
  g_assert_nonnull (found);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (found)), names));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (found)), year));
  g_assert_cmpstr (adw_action_row_get_subtitle (found), ==, "town-2026.xml");
  destroy_all_windows ();
}

/* Closing with unsaved changes asks; Cancel keeps everything, Discard closes and removes
 * the recovery copy. */
static void
test_close_asks (void)
{
  LivcWindow *window = create_assessment ("Sluitdorp", NULL, NULL);
  LivcDocument *doc = livc_window_get_document (window);
  g_autofree char *dir = livc_recovery_dir ();
  g_autofree char *recovery = NULL;
  AdwMessageDialog *dialog;

  rate (window, "protocol.founded", "2");
  g_assert_true (livc_document_autosave_now (doc, NULL));
  recovery = g_strdup_printf ("%s/%s.xml", dir, livc_document_get_recovery_id (doc));
  g_assert_true (g_file_test (recovery, G_FILE_TEST_EXISTS));

  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (livc_gui_test_iterate_until (has_message_dialog, NULL, 2000));
  dialog = find_message_dialog ();
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  adw_message_dialog_response (dialog, "cancel");
  settle ();
  g_assert_false (window_gone (window));
  g_assert_cmpint (value_of (window, "protocol.founded"), ==, 2);

  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (livc_gui_test_iterate_until (has_message_dialog, NULL, 2000));
  adw_message_dialog_response (find_message_dialog (), "discard");
  g_assert_true (livc_gui_test_iterate_until (window_gone, window, 2000));
  g_assert_false (g_file_test (recovery, G_FILE_TEST_EXISTS));
  destroy_all_windows ();
}

/* Real key presses through the X server, as a user at the keyboard would make them. */
static gboolean
xdotool (const char * const *argv)
{
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;

  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  /* The X server queues the events meanwhile; the app sees them at the next iteration. */
  return g_subprocess_wait_check (proc, NULL, NULL);
}

static gboolean x_focus_is (gpointer xid);

static void
focus_window (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = NULL;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  {
    const char *argv[] = { "xdotool", "windowfocus", "--sync", xid, NULL };
    g_assert_true (xdotool (argv));
  }
  g_assert_true (iterate_until (window_active, window, 10000));
  g_assert_true (iterate_until (x_focus_is, xid, 10000));
}

/* Presses keys (xdotool's names, separated by spaces) one at a time, each handled before the
 * next is sent: what a key does (a new page, the focus moved) is done when the next comes,
 * however slow the machine. */
static void
press_keys (const char *keys)
{
  g_auto(GStrv) list = g_strsplit (keys, " ", -1);

  for (guint i = 0; list[i] != NULL; i++)
    {
      const char *argv[] = { "xdotool", "key", list[i], NULL };

      g_assert_true (xdotool (argv));
      x_settle ();
    }
}

static gboolean
is_presenting (gpointer window)
{
  return gtk_window_is_fullscreen (GTK_WINDOW (window)) ||
         gtk_widget_has_css_class (GTK_WIDGET (window), "presenting");
}

static void
test_keyboard (void)
{
  LivcWindow *window = new_window ();
  LivcDocument *doc;

  /* A new assessment with the keyboard alone: Ctrl+N, the municipality's name, Enter. */
  focus_window (GTK_WINDOW (window));
  press_keys ("ctrl+n");
  g_assert_nonnull (find_new_dialog ());
  focus_window (GTK_WINDOW (find_new_dialog ()));
  {
    const char *type[] = { "xdotool", "type", "--delay", "30", "Toetsdorp", NULL };
    g_assert_true (xdotool (type));
  }
  press_keys ("Return");
  g_assert_null (find_new_dialog ());
  g_assert_false (livc_window_is_empty (window));
  doc = livc_window_get_document (window);
  {
    g_autofree char *names =
      livc_assessment_dup_municipality_names (livc_document_get_assessment (doc), ",");
    g_assert_cmpstr (names, ==, "Toetsdorp");
  }

  focus_window (GTK_WINDOW (window));
  /* The first item has the focus after creation: rate down the first domain. */
  press_keys ("4 Down 2 Down 0 Down question Down 3 Right Right Right");
  g_assert_cmpint (value_of (window, "protocol.founded"), ==, 4);
  g_assert_cmpint (value_of (window, "protocol.members"), ==, 2);
  g_assert_cmpint (value_of (window, "protocol.written"), ==, LIVC_VALUE_NA);
  g_assert_cmpint (value_of (window, "protocol.regional"), ==, LIVC_VALUE_UNKNOWN);
  /* 3, then Right three times stops at the top of the scale. */
  g_assert_cmpint (value_of (window, "protocol.scope"), ==, 5);
  press_keys ("Left Delete");
  g_assert_cmpint (value_of (window, "protocol.scope"), ==, LIVC_VALUE_NONE);

  /* Ctrl+Page Down goes to the next domain, its first item has the focus. */
  press_keys ("ctrl+Next 5");
  {
    LivcQuestionnaire *q = livc_document_get_questionnaire (doc);
    g_autoptr(LivcDomain) second = g_list_model_get_item (livc_questionnaire_get_domains (q), 1);
    g_autoptr(LivcItem) first = g_list_model_get_item (livc_domain_get_items (second), 0);
    g_assert_cmpint (value_of (window, livc_item_get_id (first)), ==, 5);
  }

  /* Presentation mode: F5, digits rate, Right moves on, Escape leaves. */
  press_keys ("ctrl+Prior F5");
  g_assert_true (livc_gui_test_iterate_until (is_presenting, window, 3000));
  press_keys ("Right Right Right Right 1 Escape");
  g_assert_cmpint (value_of (window, "protocol.scope"), ==, 1);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "presenting"));

  livc_document_discard_recovery (doc);
  livc_document_set_modified (doc, FALSE);
  destroy_all_windows ();
}

static char *
run_capture (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_save_reopen_export (void)
{
  LivcWindow *window = create_assessment ("Bewaardorp", "99002", NULL);
  LivcDocument *doc = livc_window_get_document (window);
  g_autofree char *path = g_build_filename (tmpdir, "saved.xml", NULL);
  g_autofree char *app_pdf = g_build_filename (tmpdir, "app.pdf", NULL);
  g_autofree char *cli_pdf = g_build_filename (tmpdir, "cli.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) pdf = g_file_new_for_path (app_pdf);
  g_autoptr(GError) error = NULL;
  g_autofree char *recovery_dir = livc_recovery_dir ();
  g_autofree char *recovery_xml = NULL;
  LivcWindow *reopened;
  GStatBuf st;

  rate (window, "protocol.founded", "4");
  rate (window, "protocol.members", "3");
  rate (window, "protocol.written", "unknown");
  {
    LivcAnswer *answer =
      livc_assessment_find_answer (livc_document_get_assessment (doc), "protocol.founded");
    livc_answer_set_note (answer, "Besluit van de burgemeester, 2019");
  }
  /* The autosave writes the recovery copy within two seconds. */
  recovery_xml = g_strdup_printf ("%s/%s.xml", recovery_dir, livc_document_get_recovery_id (doc));
  g_assert_true (iterate_until (file_exists, recovery_xml, 10000));
  g_assert_cmpint (g_stat (recovery_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (recovery_xml, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (livc_window_save_to (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (livc_document_get_modified (doc));
  g_assert_false (g_file_test (recovery_xml, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Export: the same pages as the CLI's report, in French. */
  g_assert_true (livc_window_export_pdf_to (window, "fr", pdf, &error));
  g_assert_no_error (error);
  {
    const char *cli = g_getenv ("LIVC_SCAN_CLI");
    const char *cli_argv[] = { cli, "report", "-l", "fr", "-o", cli_pdf, path, NULL };
    const char *t1[] = { "pdftotext", "-layout", app_pdf, "-", NULL };
    const char *t2[] = { "pdftotext", "-layout", cli_pdf, "-", NULL };
    g_autofree char *ignored = NULL;
    g_autofree char *text_app = NULL;
    g_autofree char *text_cli = NULL;

    g_assert_nonnull (cli);
    ignored = run_capture (cli_argv);
    text_app = run_capture (t1);
    text_cli = run_capture (t2);
    g_assert_nonnull (strstr (text_app, "Bewaardorp"));
    g_assert_nonnull (strstr (text_app, "Besluit van de burgemeester"));
    g_assert_cmpstr (text_app, ==, text_cli);
  }
  /* A place that is not a local file is refused, by its name, before anything is written. */
  {
    g_autoptr(GFile) remote = g_file_new_for_uri ("livc-test://server/town.xml");

    g_assert_false (livc_window_save_to (window, remote, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
    g_assert_nonnull (strstr (error->message, "livc-test://server/town.xml"));
    g_clear_error (&error);
    g_assert_false (livc_window_export_pdf_to (window, "fr", remote, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
    g_clear_error (&error);
  }
  destroy_all_windows ();

  reopened = new_window ();
  g_assert_true (livc_window_open_file (reopened, file));
  settle ();
  g_assert_cmpint (value_of (reopened, "protocol.founded"), ==, 4);
  g_assert_cmpint (value_of (reopened, "protocol.members"), ==, 3);
  g_assert_cmpint (value_of (reopened, "protocol.written"), ==, LIVC_VALUE_UNKNOWN);
  g_assert_false (livc_document_get_modified (livc_window_get_document (reopened)));
  destroy_all_windows ();
}

static void
replace_str (char       **dest,
                  const char  *value)
{
  g_free (*dest);
  *dest = g_strdup (value);
}

/* Each hostile file: a dialog naming the file and the line, never a crash. The files that
 * make-hostile.py writes at test time (lines "#gen<TAB>…" of expected.txt) are opened too. */
static void
test_hostile_files (void)
{
  g_autofree char *dir = g_build_filename (g_getenv ("LIVC_TEST_FILES"), "hostile", NULL);
  g_autofree char *expected_path = g_build_filename (dir, "expected.txt", NULL);
  g_autofree char *script = g_build_filename (dir, "make-hostile.py", NULL);
  g_autofree char *generated = g_build_filename (tmpdir, "hostile-generated", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *ignored = NULL;
  g_auto(GStrv) lines = NULL;
  guint checked = 0;
  gboolean english = g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, "Cannot Open the Assessment"),
                                "Cannot Open the Assessment") == 0;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_assert_cmpint (g_mkdir_with_parents (generated, 0700), ==, 0);
  {
    const char *argv[] = { "python3", script, "--generate", generated, NULL };

    ignored = run_capture (argv);
  }
  lines = g_strsplit (expected, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gboolean is_generated = g_str_has_prefix (lines[i], "#gen\t");
      g_auto(GStrv) fields = g_strsplit (lines[i] + (is_generated ? 5 : 0), "\t", 3);
      g_autofree char *path = NULL;
      g_autofree char *prefix = NULL;
      LivcWindow *window;
      AdwMessageDialog *dialog;
      const char *body;
      g_autofree char *shown = NULL;

      if ((lines[i][0] == '#' && !is_generated) || g_strv_length (fields) != 3)
        continue;
      path = g_build_filename (is_generated ? generated : dir, fields[0], NULL);
      /* A file that root cannot read is left out where the machine has none. */
      if (is_generated && !g_file_test (path, G_FILE_TEST_EXISTS) &&
          !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        {
          g_test_message ("%s: not generated on this machine", fields[0]);
          continue;
        }
      /* The body names the file without its folders; the full path is in the details. */
      prefix = g_str_equal (fields[1], "0") ? g_strdup_printf ("%s: ", fields[0])
                                             : g_strdup_printf ("%s:%s: ", fields[0], fields[1]);
      window = new_window ();
      if (g_str_has_prefix (fields[0], "q-"))
        {
          LivcNewDialog *nd;

          gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
          g_assert_true (iterate_until (has_new_dialog, NULL, 10000));
          nd = find_new_dialog ();
          g_assert_nonnull (nd);
          g_assert_false (livc_new_dialog_add_questionnaire_file (nd, path));
        }
      else
        {
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_assert_false (livc_window_open_file (window, file));
          g_assert_true (livc_window_is_empty (window));
        }
      g_assert_true (livc_gui_test_iterate_until (has_message_dialog, NULL, 2000));
      dialog = find_message_dialog ();
      body = adw_message_dialog_get_body (dialog);
      /* The parser's own words and the full path are in the details. */
      {
        GtkWidget *extra = adw_message_dialog_get_extra_child (dialog);
        GtkWidget *label = extra != NULL ? gtk_expander_get_child (GTK_EXPANDER (extra)) : NULL;

        g_free (shown);
        shown = g_strconcat (body, "\n", label != NULL ? gtk_label_get_text (GTK_LABEL (label))
                                                        : "", NULL);
        g_assert_true (label == NULL || strstr (shown, path) != NULL);
      }
      /* Opened as an assessment, a file of another vocabulary is told it is not one. */
      if (g_str_has_prefix (fields[2], "neither a LIVC Scan"))
        replace_str (&fields[2], "this is not a LIVC Scan assessment");
      /* The expected messages are English; in another language the file:line must still be
       * there. */
      if (strstr (body, prefix) == NULL || (english && strstr (shown, fields[2]) == NULL))
        g_error ("%s: the dialog says “%s”, expected “%s…%s”", fields[0], shown, prefix,
                 fields[2]);
      checked++;
      destroy_all_windows ();
    }
  g_assert_cmpuint (checked, >=, 75);
  g_test_message ("%u hostile files each showed their file:line in a dialog", checked);
}

static gboolean
restored_window_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (LIVC_IS_WINDOW (w) && !livc_window_is_empty (LIVC_WINDOW (w)))
        return TRUE;
    }
  return FALSE;
}

/* The recovery offer after a crash: simulated here by a recovery copy of a process that no
 * longer runs; the real SIGKILL is in test_kill. */
static void
check_restore_offers (const char * const *items,
                      const int          *values,
                      guint               n)
{
  LivcWindow *window = new_window ();
  AdwMessageDialog *dialog;
  LivcWindow *restored = NULL;
  GListModel *toplevels;

  livc_window_offer_recovery (window);
  g_assert_true (livc_gui_test_iterate_until (has_message_dialog, NULL, 2000));
  dialog = find_message_dialog ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (dialog), "recovery-dialog"));
  adw_message_dialog_response (dialog, "restore");
  g_assert_true (iterate_until (restored_window_shown, NULL, 10000));
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (LIVC_IS_WINDOW (w) && !livc_window_is_empty (LIVC_WINDOW (w)))
        restored = LIVC_WINDOW (w);
    }
  g_assert_nonnull (restored);
  g_assert_true (livc_document_get_modified (livc_window_get_document (restored)));
  for (guint i = 0; i < n; i++)
    if (value_of (restored, items[i]) != values[i])
      g_error ("restored %s = %d, expected %d", items[i], value_of (restored, items[i]), values[i]);
  livc_document_discard_recovery (livc_window_get_document (restored));
  livc_document_set_modified (livc_window_get_document (restored), FALSE);
  destroy_all_windows ();
  {
    g_autoptr(GPtrArray) left = livc_recovery_list ();
    g_assert_cmpuint (left->len, ==, 0);
  }
}

/* The X window xid (a string) has the keyboard focus. */
static gboolean
x_focus_is (gpointer xid)
{
  const char *argv[] = { "xdotool", "getwindowfocus", NULL };
  g_autofree char *out = run_capture (argv);

  return g_strcmp0 (g_strstrip (out), xid) == 0;
}

typedef struct
{
  const char *const *items;
  const int         *values;
  guint              n;
  const char        *original;
} Typed;

/* Some recovery copy in the folder (the other process's, still running) holds every
 * answer typed, and its key file, written after it, names the file Save writes to. */
static gboolean
recovery_holds (gpointer data)
{
  const Typed *typed = data;
  g_autofree char *dir = livc_recovery_dir ();
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(LivcAssessment) a = NULL;
      guint found = 0;

      if (!g_str_has_suffix (name, ".xml") ||
          (a = livc_load_assessment (path, NULL, NULL)) == NULL)
        continue;
      for (guint i = 0; i < typed->n; i++)
        {
          LivcAnswer *answer = livc_assessment_find_answer (a, typed->items[i]);

          found += answer != NULL && livc_answer_get_value (answer) == typed->values[i];
        }
      if (found == typed->n)
        {
          g_autofree char *stem = g_strndup (name, strlen (name) - strlen (".xml"));
          g_autofree char *ini = g_strconcat (dir, G_DIR_SEPARATOR_S, stem, ".ini", NULL);
          g_autoptr(GKeyFile) key_file = g_key_file_new ();
          g_auto(GStrv) groups = NULL;
          g_autofree char *original = NULL;

          if (!g_key_file_load_from_file (key_file, ini, G_KEY_FILE_NONE, NULL))
            continue;
          groups = g_key_file_get_groups (key_file, NULL);
          if (groups[0] != NULL)
            original = g_key_file_get_string (key_file, groups[0], "original", NULL);
          if (g_strcmp0 (original, typed->original) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* The real app, killed with SIGKILL after keys were typed and autosaved: every answer is
 * offered again at the next start. (How soon autosave writes is the kill suite's to
 * measure; here the kill waits until the copy holds the answers.) */
static void
test_kill (void)
{
  const char *binary = g_getenv ("LIVC_SCAN_APP");
  g_autofree char *sample = g_build_filename (tmpdir, "kill-start.xml", NULL);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  const char *search[] = {
    "xdotool", "search", "--sync", "--onlyvisible", "--name", "Killdorp", NULL
  };
  g_autofree char *out = NULL;
  const char *items[] = { "protocol.founded", "protocol.members", "protocol.written",
                          "protocol.regional", "protocol.scope" };
  const int values[] = { 2, 3, LIVC_VALUE_NA, 5, LIVC_VALUE_UNKNOWN };
  Typed typed = { items, values, G_N_ELEMENTS (items), sample };

  g_assert_nonnull (binary);
  g_assert_true (g_file_set_contents (sample,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:livc-scan:assessment:1\" "
    "questionnaire=\"livc-r\" questionnaire-version=\"2026.1\">\n"
    "  <municipality nis=\"99003\">Killdorp</municipality>\n"
    "  <date>2026-11-22</date>\n"
    "</assessment>\n", -1, NULL));
  {
    const char *argv[] = { binary, sample, NULL };
    proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
    g_assert_no_error (error);
  }
  out = run_capture (search);
  g_strstrip (out);
  if (strchr (out, '\n') != NULL)
    *strchr (out, '\n') = '\0';
  {
    const char *focus[] = { "xdotool", "windowfocus", "--sync", out, NULL };
    const char *keys[] = { "xdotool", "key", "--delay", "60", "2", "Down", "3", "Down", "0", "Down",
                           "5", "Down", "question", NULL };
    g_assert_true (xdotool (focus));
    g_assert_true (iterate_until (x_focus_is, out, 10000));
    g_assert_true (xdotool (keys));
  }
  g_assert_true (iterate_until (recovery_holds, &typed, 20000));
  g_subprocess_send_signal (proc, SIGKILL);
  g_subprocess_wait (proc, NULL, NULL);
  g_assert_true (g_subprocess_get_if_signaled (proc));
  g_assert_cmpint (g_subprocess_get_term_sig (proc), ==, SIGKILL);

  entries = livc_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 1);
  {
    LivcRecoveryEntry *entry = g_ptr_array_index (entries, 0);
    g_assert_cmpstr (entry->original_path, ==, sample);
  }
  check_restore_offers (items, values, G_N_ELEMENTS (items));
}

static void
test_french_ui (void)
{
  LivcWindow *window;
  AdwMessageDialog *dialog;

  if (!g_str_has_prefix (g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "", "fr"))
    {
      g_test_skip ("runs with LANGUAGE=fr");
      return;
    }
  window = new_window ();
  {
    g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/dossier.xml");
    g_assert_false (livc_window_open_file (window, file));
  }
  g_assert_true (livc_gui_test_iterate_until (has_message_dialog, NULL, 2000));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Impossible d’ouvrir l’évaluation");
  destroy_all_windows ();
}

static LivcTeamDialog *
find_team_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (LIVC_IS_TEAM_DIALOG (w))
        return LIVC_TEAM_DIALOG (w);
    }
  return NULL;
}

static int
rating_of (LivcDocument *doc,
           const char   *item,
           const char   *participant)
{
  LivcAnswer *answer = livc_assessment_find_answer (livc_document_get_assessment (doc), item);

  return answer != NULL ? livc_answer_get_rating_for (answer, participant) : LIVC_VALUE_NONE;
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  g_autofree char *text = run_capture (argv);
  g_auto(GStrv) words = g_strsplit_set (text, " \n\f", -1);
  g_autoptr(GString) joined = g_string_new (NULL);

  /* One space between words, so that a line break in the PDF does not matter. */
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (joined, "%s%s", joined->len > 0 ? " " : "", words[i]);
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* A whole consensus meeting: three members (a role is enough), an individual round with
 * the ratings hidden while each member types their own column, the reveal, the agenda
 * with the widest spread first, the consensus typed on the agenda, the report with the
 * spread behind each answer, a member leaving, and the members' own files merged. */
static void
test_team_meeting (void)
{
  LivcWindow *window = create_assessment ("Teamdorp", "99004", "en");
  LivcDocument *doc = livc_window_get_document (window);
  LivcAssessment *a = livc_document_get_assessment (doc);
  LivcTeamDialog *team;
  GtkEntry *entry;
  LivcItemRow *row;
  g_autofree char *path = g_build_filename (tmpdir, "team.xml", NULL);
  g_autofree char *app_pdf = g_build_filename (tmpdir, "team-app.pdf", NULL);
  g_autofree char *cli_pdf = g_build_filename (tmpdir, "team-cli.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) pdf = g_file_new_for_path (app_pdf);
  g_autoptr(GError) error = NULL;
  const char *roles[] = { "Coordinator", "Police", "Youth work" };

  /* Members: the dialog starts with one, the focus on its role. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.team-members", NULL);
  g_assert_true (iterate_until (has_team_dialog, NULL, 10000));
  team = find_team_dialog ();
  g_assert_nonnull (team);
  livc_team_dialog_add_member (team);
  livc_team_dialog_add_member (team);
  settle ();
  for (guint i = 0; i < 3; i++)
    gtk_editable_set_text (GTK_EDITABLE (livc_team_dialog_get_entry (team, i, FALSE)), roles[i]);
  gtk_editable_set_text (GTK_EDITABLE (livc_team_dialog_get_entry (team, 1, TRUE)), "Jan");
  g_assert_cmpuint (g_list_model_get_n_items (livc_assessment_get_participants (a)), ==, 3);
  g_assert_cmpstr (livc_participant_get_role (livc_assessment_find_participant (a, "p3")), ==,
                   "Youth work");
  g_assert_null (livc_participant_get_name (livc_assessment_find_participant (a, "p1")));
  g_assert_cmpstr (livc_participant_get_name (livc_assessment_find_participant (a, "p2")), ==,
                   "Jan");
  /* Enter in a name goes on to the next member; in the last name it adds one. */
  g_signal_emit_by_name (livc_team_dialog_get_entry (team, 1, TRUE), "activate");
  g_assert_cmpuint (g_list_model_get_n_items (livc_assessment_get_participants (a)), ==, 3);
  g_signal_emit_by_name (livc_team_dialog_get_entry (team, 2, TRUE), "activate");
  g_assert_cmpuint (g_list_model_get_n_items (livc_assessment_get_participants (a)), ==, 4);
  livc_team_dialog_remove (team, 3);
  g_assert_cmpuint (g_list_model_get_n_items (livc_assessment_get_participants (a)), ==, 3);
  gtk_window_destroy (GTK_WINDOW (team));
  settle ();

  /* The round, hidden: each member in turn types their column with real keys. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.round", NULL);
  g_assert_true (iterate_until (round_shown, window, 10000));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "round");
  livc_document_set_ratings_hidden (doc, TRUE);
  focus_window (GTK_WINDOW (window));
  {
    const char *columns[] = { "2 4 1", "4 4 5", "5 4 3" };

    for (guint p = 0; p < 3; p++)
      {
        livc_round_view_set_current (window->round_view, p);
        settle ();
        /* Only this member's column shows; the others' are dots and cannot be edited. */
        for (guint q = 0; q < 3; q++)
          {
            entry = livc_round_view_get_entry (window->round_view, 0, q);
            g_assert_cmpint (gtk_entry_get_visibility (entry), ==, p == q);
            g_assert_cmpint (gtk_widget_get_sensitive (GTK_WIDGET (entry)), ==, p == q);
          }
        press_keys (columns[p]);
      }
  }
  g_assert_cmpint (rating_of (doc, "protocol.founded", "p1"), ==, 2);
  g_assert_cmpint (rating_of (doc, "protocol.members", "p1"), ==, 4);
  g_assert_cmpint (rating_of (doc, "protocol.written", "p1"), ==, 1);
  g_assert_cmpint (rating_of (doc, "protocol.founded", "p2"), ==, 4);
  g_assert_cmpint (rating_of (doc, "protocol.written", "p2"), ==, 5);
  g_assert_cmpint (rating_of (doc, "protocol.founded", "p3"), ==, 5);
  g_assert_cmpint (rating_of (doc, "protocol.written", "p3"), ==, 3);
  /* No team value was typed: the lower median counts until the team agrees. */
  g_assert_cmpint (value_of (window, "protocol.founded"), ==, LIVC_VALUE_NONE);
  g_assert_cmpint (livc_score_set_find_item (livc_document_get_scores (doc),
                                             "protocol.founded")->effective, ==, 4);

  /* While hidden the agenda shows nothing of the ratings. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.agenda", NULL);
  settle ();
  g_assert_cmpuint (livc_agenda_view_get_n_items (window->agenda_view), ==, 0);

  /* The reveal: the agenda lists the two items far apart, widest spread first. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reveal", NULL);
  settle ();
  g_assert_false (livc_document_get_ratings_hidden (doc));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "agenda");
  g_assert_cmpuint (livc_agenda_view_get_n_items (window->agenda_view), ==, 2);
  row = livc_agenda_view_get_row (window->agenda_view, 0);
  g_assert_cmpstr (livc_item_get_id (livc_item_row_get_item (row)), ==, "protocol.written");
  g_assert_cmpstr (livc_item_get_id (
                     livc_item_row_get_item (livc_agenda_view_get_row (window->agenda_view, 1))),
                   ==, "protocol.founded");
  {
    g_autofree char *summary = livc_spread_dup_summary (doc, livc_item_row_get_item (row));

    g_assert_nonnull (strstr (summary, "1, 5, 3"));
  }
  {
    g_autofree char *summary = livc_spread_dup_summary (
      doc, livc_item_row_get_item (livc_agenda_view_get_row (window->agenda_view, 1)));

    g_assert_nonnull (strstr (summary, "2, 4, 5"));
  }

  /* Consensus on the agenda: the row has the keyboard, 3 is the team's answer. */
  gtk_widget_grab_focus (GTK_WIDGET (row));
  focus_window (GTK_WINDOW (window));
  gtk_widget_grab_focus (GTK_WIDGET (row));
  press_keys ("3");
  g_assert_cmpint (value_of (window, "protocol.written"), ==, 3);
  livc_answer_set_note (livc_assessment_find_answer (a, "protocol.written"),
                        "Agreed on 3. Minority view of the police: 5, the protocol is signed.");
  /* The agenda keeps the item, now agreed. */
  g_assert_cmpuint (livc_agenda_view_get_n_items (window->agenda_view), ==, 2);
  {
    g_autofree char *progress = livc_agenda_dup_progress (doc);
    g_autofree char *expected = g_strdup_printf (_("%u to discuss · %u agreed"), 2, 1);

    g_assert_cmpstr (progress, ==, expected);
  }

  /* The report shows the spread behind each answer, the same as the CLI's. */
  g_assert_true (livc_window_save_to (window, file, &error));
  g_assert_no_error (error);
  g_assert_true (livc_window_export_pdf_to (window, "en", pdf, &error));
  g_assert_no_error (error);
  {
    const char *cli = g_getenv ("LIVC_SCAN_CLI");
    const char *cli_argv[] = { cli, "report", "-l", "en", "-o", cli_pdf, path, NULL };
    g_autofree char *ignored = NULL;
    g_autofree char *text_app = NULL;
    g_autofree char *text_cli = NULL;

    ignored = run_capture (cli_argv);
    text_app = pdf_text (app_pdf);
    text_cli = pdf_text (cli_pdf);

    g_assert_cmpstr (text_app, ==, text_cli);
    /* Members by role in the ratings table's legend; each answer with how it came. */
    g_assert_nonnull (strstr (text_app, "1 Coordinator · 2 Police · 3 Youth work"));
    g_assert_nonnull (strstr (text_app, "(the team’s consensus)"));
    g_assert_nonnull (strstr (text_app, "(disagreement, the lower median counts)"));
    g_assert_nonnull (strstr (text_app, "Minority view of the police"));
  }

  /* A member who rated leaves only after the question, with their ratings. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.team-members", NULL);
  g_assert_true (iterate_until (has_team_dialog, NULL, 10000));
  team = find_team_dialog ();
  livc_team_dialog_remove (team, 1);
  g_assert_true (livc_gui_test_iterate_until (has_message_dialog, NULL, 2000));
  adw_message_dialog_response (find_message_dialog (), "remove");
  settle ();
  g_assert_null (livc_assessment_find_participant (a, "p2"));
  g_assert_cmpint (rating_of (doc, "protocol.written", "p2"), ==, LIVC_VALUE_NONE);
  g_assert_cmpint (rating_of (doc, "protocol.written", "p3"), ==, 3);
  gtk_window_destroy (GTK_WINDOW (team));
  livc_document_discard_recovery (doc);
  livc_document_set_modified (doc, FALSE);
  destroy_all_windows ();

  /* Apart: each member filled in their own file; Merge makes the team's assessment. */
  {
    LivcWindow *empty = new_window ();
    g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
    g_autofree char *f1 = g_build_filename (g_getenv ("LIVC_TEST_FILES"), "merge",
                                            "member-coordinator.xml", NULL);
    g_autofree char *f2 = g_build_filename (g_getenv ("LIVC_TEST_FILES"), "merge",
                                            "member-police.xml", NULL);
    g_autoptr(GFile) g1 = g_file_new_for_path (f1);
    g_autoptr(GFile) g2 = g_file_new_for_path (f2);
    LivcDocument *merged;

    g_list_store_append (files, g1);
    g_list_store_append (files, g2);
    g_assert_true (livc_window_merge_files (empty, G_LIST_MODEL (files)));
  g_assert_true (iterate_until (has_document, empty, 10000));
    merged = livc_window_get_document (empty);
    g_assert_nonnull (merged);
    g_assert_true (livc_document_get_modified (merged));
    g_assert_cmpuint (g_list_model_get_n_items (
                        livc_assessment_get_participants (livc_document_get_assessment (merged))),
                      ==, 2);
    g_assert_cmpint (rating_of (merged, "a1", "member-coordinator"), ==, 2);
    g_assert_cmpint (rating_of (merged, "a1", "member-police"), ==, 4);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (empty->content_stack), ==, "agenda");
    g_assert_cmpuint (livc_agenda_view_get_n_items (empty->agenda_view), >=, 1);
    livc_document_discard_recovery (merged);
    livc_document_set_modified (merged, FALSE);
  }
  destroy_all_windows ();
}

/* Bidirectional controls in names */

typedef struct
{
  guint       seen;      /* texts that hold a control */
  GPtrArray  *open;      /* texts that leave one open */
} BidiScan;

static void
scan_text (BidiScan   *scan,
           const char *text)
{
  if (text == NULL || strstr (text, "\u202E") == NULL)
    return;
  scan->seen++;
  if (!livc_test_bidi_closed (text))
    g_ptr_array_add (scan->open, g_strdup (text));
}

/* Every label, tooltip and window title of widget and its descendants. */
static void
scan_widget (BidiScan  *scan,
             GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    scan_text (scan, gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_WINDOW (widget))
    scan_text (scan, gtk_window_get_title (GTK_WINDOW (widget)));
  if (ADW_IS_WINDOW_TITLE (widget))
    {
      scan_text (scan, adw_window_title_get_title (ADW_WINDOW_TITLE (widget)));
      scan_text (scan, adw_window_title_get_subtitle (ADW_WINDOW_TITLE (widget)));
    }
  if (ADW_IS_MESSAGE_DIALOG (widget))
    scan_text (scan, adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (widget)));
  scan_text (scan, gtk_widget_get_tooltip_text (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    scan_widget (scan, child);
}

/* Every text of every window that holds a U+202E closes it; at least min_seen hold one. */
static void
assert_bidi_closed_everywhere (guint min_seen)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  BidiScan scan = { 0, g_ptr_array_new_with_free_func (g_free) };

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);

      scan_widget (&scan, w);
    }
  for (guint i = 0; i < scan.open->len; i++)
    g_printerr ("# left open: «%s»\n", (char *) g_ptr_array_index (scan.open, i));
  g_assert_cmpuint (scan.open->len, ==, 0);
  g_assert_cmpuint (scan.seen, >=, min_seen);
  g_ptr_array_unref (scan.open);
}

static void
test_bidi_isolated (void)
{
  const char *names[] = { "Anna\u202E", "\u202Eنور", "Jan \u202B(PZ)\u202E", "\u2067Ilse" };
  g_autofree char *path = g_build_filename (tmpdir, "bidi\u202Efile.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LivcWindow *window = create_assessment ("Gent\u202E", "44021", "en");
  LivcDocument *doc = livc_window_get_document (window);
  LivcAssessment *a = livc_document_get_assessment (doc);
  LivcTeamDialog *team;
  LivcAnswer *answer;

  /* The title and subtitle: the name, then the date and the file, in their order. */
  g_assert_true (livc_window_save_to (window, file, &error));
  g_assert_no_error (error);
  rate (window, "protocol.founded", "2");
  assert_bidi_closed_everywhere (3);

  /* Members with controls left open, as they would type or paste them. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.team-members", NULL);
  g_assert_true (iterate_until (has_team_dialog, NULL, 5000));
  team = find_team_dialog ();
  for (guint i = 1; i < G_N_ELEMENTS (names); i++)
    livc_team_dialog_add_member (team);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    gtk_editable_set_text (GTK_EDITABLE (livc_team_dialog_get_entry (team, i, TRUE)), names[i]);
  answer = livc_assessment_ensure_answer (a, "protocol.members");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);

      livc_answer_set_rating (answer, id, (int) i + 1);
    }
  /* Removing a member who rated asks first, naming them. */
  livc_team_dialog_remove (team, 0);
  g_assert_true (iterate_until (has_message_dialog, NULL, 5000));
  assert_bidi_closed_everywhere (3);
  adw_message_dialog_response (find_message_dialog (), "cancel");
  gtk_window_destroy (GTK_WINDOW (find_message_dialog ()));
  gtk_window_destroy (GTK_WINDOW (team));

  /* The items page (the members' ratings under each item), then the round's grid. */
  livc_window_select_domain (window, 0);
  livc_window_select_domain (window, 1);
  livc_window_select_domain (window, 0);
  assert_bidi_closed_everywhere (4);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.round", NULL);
  g_assert_true (iterate_until (round_shown, window, 5000));
  assert_bidi_closed_everywhere (4 + G_N_ELEMENTS (names));

  /* The close question names the assessment. */
  gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
  g_assert_true (iterate_until (has_message_dialog, NULL, 5000));
  assert_bidi_closed_everywhere (5);
  adw_message_dialog_response (find_message_dialog (), "cancel");
  destroy_all_windows ();
}

/* Another window, instance or program changing the file */

static int
disk_value (const char *path,
            const char *item_id)
{
  g_autoptr(LivcAssessment) a = livc_load_assessment (path, NULL, NULL);
  LivcAnswer *answer;

  g_assert_nonnull (a);
  answer = livc_assessment_find_answer (a, item_id);
  return answer != NULL ? livc_answer_get_value (answer) : LIVC_VALUE_NONE;
}

static gboolean
disk_bar_shown (gpointer data)
{
  LivcWindow *window = data;

  return livc_document_get_disk_changed (livc_window_get_document (window)) &&
         gtk_info_bar_get_revealed (window->disk_bar);
}

static gboolean
disk_bar_hidden (gpointer data)
{
  return !gtk_info_bar_get_revealed (LIVC_WINDOW (data)->disk_bar);
}

/* The conflict dialog over window, once it shows. */
static AdwMessageDialog *
find_conflict_dialog (LivcWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_mapped (GTK_WIDGET (w)) &&
          gtk_widget_has_css_class (GTK_WIDGET (w), "conflict-dialog") &&
          gtk_window_get_transient_for (GTK_WINDOW (w)) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

static gboolean
has_conflict_dialog (gpointer data)
{
  return find_conflict_dialog (data) != NULL;
}

static gboolean
no_conflict_dialog (gpointer data)
{
  return find_conflict_dialog (data) == NULL;
}

/* Saving window over a file changed elsewhere: refused, the file keeps what the other
 * wrote, and the dialog offers the three ways out. */
static void
assert_save_refused (LivcWindow *window,
                     const char *path,
                     const char *item,
                     int         on_disk)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (livc_window_save_to (window, file, &error));
  g_assert_error (error, LIVC_DOCUMENT_ERROR, LIVC_DOCUMENT_ERROR_CHANGED_ON_DISK);
  g_assert_cmpint (disk_value (path, item), ==, on_disk);
  g_assert_true (livc_document_get_modified (livc_window_get_document (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (iterate_until (has_conflict_dialog, window, 5000));
  g_assert_cmpint (disk_value (path, item), ==, on_disk);
  for (guint i = 0; i < 4; i++)
    g_assert_true (adw_message_dialog_has_response (find_conflict_dialog (window),
                                                    (const char *[]) { "cancel", "reload",
                                                                       "save-as",
                                                                       "overwrite" }[i]));
}

static gboolean
disk_holds_3 (gpointer path)
{
  g_autoptr(LivcAssessment) a = livc_load_assessment (path, NULL, NULL);
  LivcAnswer *answer = a != NULL ? livc_assessment_find_answer (a, "protocol.founded") : NULL;

  return answer != NULL && livc_answer_get_value (answer) == 3;
}

static void
answer_conflict (LivcWindow *window,
                 const char *response)
{
  AdwMessageDialog *dialog = find_conflict_dialog (window);

  /* As a click on the response's button does: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (iterate_until (no_conflict_dialog, window, 5000));
}

/* What another program writes, in the ways programs write: a new file renamed over it
 * (as LIVC Scan and most editors do), the same file truncated and written again, and more
 * bytes added at its end. */
static void
write_elsewhere (const char *path,
                 const char *how,
                 const char *from,
                 const char *to)
{
  g_autofree char *contents = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  parts = g_strsplit (contents, from, 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  changed = g_strjoin (to, parts[0], parts[1], NULL);
  if (g_str_equal (how, "rename"))
    g_assert_true (g_file_set_contents (path, changed, -1, &error));
  else
    {
      FILE *f = fopen (path, g_str_equal (how, "append") ? "a" : "w");

      g_assert_nonnull (f);
      if (g_str_equal (how, "append"))
        fputs ("<!-- a comment added by another program -->\n", f);
      else
        fputs (changed, f);
      g_assert_cmpint (fclose (f), ==, 0);
    }
  g_assert_no_error (error);
}

static void
test_file_changed_elsewhere (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "shared.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  LivcWindow *a = create_assessment ("Gedeelddorp", "99003", NULL);
  LivcWindow *b;
  const char *hows[] = { "rename", "truncate", "append" };

  rate (a, "protocol.founded", "2");
  g_assert_true (livc_window_save_to (a, file, &error));
  g_assert_no_error (error);
  b = new_window ();
  g_assert_true (livc_window_open_file (b, file));
  g_assert_false (livc_document_get_disk_changed (livc_window_get_document (b)));

  /* A saves a rating; B, which opened the same file, is told at once. */
  rate (a, "protocol.founded", "4");
  g_assert_true (livc_window_save_to (a, file, &error));
  g_assert_no_error (error);
  g_assert_false (livc_document_get_disk_changed (livc_window_get_document (a)));
  g_assert_true (iterate_until (disk_bar_shown, b, 5000));
  g_assert_false (gtk_info_bar_get_revealed (a->disk_bar));

  /* B saves another: refused, A's answer stays; Reload shows it and drops B's. */
  rate (b, "protocol.members", "3");
  assert_save_refused (b, path, "protocol.founded", 4);
  g_assert_cmpint (disk_value (path, "protocol.members"), ==, LIVC_VALUE_NONE);
  answer_conflict (b, "reload");
  g_assert_cmpint (value_of (b, "protocol.founded"), ==, 4);
  g_assert_cmpint (value_of (b, "protocol.members"), ==, LIVC_VALUE_NONE);
  g_assert_false (livc_document_get_modified (livc_window_get_document (b)));
  g_assert_false (gtk_info_bar_get_revealed (b->disk_bar));

  /* B saves now, and A is the one told; A chooses to overwrite with its own answers. */
  rate (b, "protocol.members", "3");
  g_assert_true (livc_window_save_to (b, file, &error));
  g_assert_no_error (error);
  g_assert_true (iterate_until (disk_bar_shown, a, 5000));
  rate (a, "protocol.written", "2");
  assert_save_refused (a, path, "protocol.members", 3);
  answer_conflict (a, "overwrite");
  g_assert_cmpint (disk_value (path, "protocol.written"), ==, 2);
  g_assert_cmpint (disk_value (path, "protocol.members"), ==, LIVC_VALUE_NONE);
  g_assert_false (livc_document_get_modified (livc_window_get_document (a)));
  g_assert_false (gtk_info_bar_get_revealed (a->disk_bar));
  destroy_all_windows ();

  /* Another program, three ways; Cancel keeps the document as it was, Save As asks for
   * another file, the bar's Overwrite replaces the file. */
  g_assert_true (g_file_get_contents (path, &base, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (hows); i++)
    {
      LivcWindow *w = new_window ();

      g_assert_true (g_file_set_contents (path, base, -1, NULL));
      g_assert_true (livc_window_open_file (w, file));
      rate (w, "protocol.founded", "1");
      write_elsewhere (path, hows[i], "item=\"protocol.written\" value=\"2\"",
                       "item=\"protocol.written\" value=\"5\"");
      g_assert_true (iterate_until (disk_bar_shown, w, 5000));
      assert_save_refused (w, path, "protocol.written",
                           g_str_equal (hows[i], "append") ? 2 : 5);
      if (i == 0)
        answer_conflict (w, "cancel");
      else if (i == 1)
        {
          answer_conflict (w, "save-as");
          g_assert_nonnull (w->chooser);
          /* The user cancels the file chooser: it goes, and leaves no window behind. */
          gtk_native_dialog_hide (w->chooser);
          gtk_native_dialog_destroy (w->chooser);
          g_clear_object (&w->chooser);
        }
      else
        {
          answer_conflict (w, "cancel");
          gtk_widget_activate_action (GTK_WIDGET (w), "win.overwrite", NULL);
          g_assert_cmpint (disk_value (path, "protocol.founded"), ==, 1);
          g_assert_false (livc_document_get_disk_changed (livc_window_get_document (w)));
        }
      g_assert_cmpint (value_of (w, "protocol.founded"), ==, 1);
      destroy_all_windows ();
    }

  /* A file changed and then put back as it was: the bar goes again, the save asks nothing. */
  {
    LivcWindow *w = new_window ();

    g_assert_true (g_file_set_contents (path, base, -1, NULL));
    g_assert_true (livc_window_open_file (w, file));
    write_elsewhere (path, "rename", "item=\"protocol.written\" value=\"2\"",
                     "item=\"protocol.written\" value=\"5\"");
    g_assert_true (iterate_until (disk_bar_shown, w, 10000));
    g_assert_true (g_file_set_contents (path, base, -1, NULL));
    g_assert_true (iterate_until (disk_bar_hidden, w, 10000));
    rate (w, "protocol.founded", "2");
    g_assert_true (livc_window_save_to (w, file, &error));
    g_assert_no_error (error);
  }
  destroy_all_windows ();

  /* Nothing changed but the file's time or inode: no warning, the save goes through. A file
   * deleted meanwhile is simply written again. */
  {
    LivcWindow *w = new_window ();
    g_autofree char *contents = NULL;
    gsize len;

    g_assert_true (livc_window_open_file (w, file));
    g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
    g_assert_true (g_file_set_contents (path, contents, (gssize) len, NULL));
    g_assert_true (g_utime (path, NULL) == 0);
    rate (w, "protocol.founded", "3");
    g_assert_true (livc_window_save_to (w, file, &error));
    g_assert_no_error (error);
    g_assert_false (gtk_info_bar_get_revealed (w->disk_bar));
    g_assert_cmpint (g_unlink (path), ==, 0);
    rate (w, "protocol.founded", "4");
    g_assert_true (livc_window_save_to (w, file, &error));
    g_assert_no_error (error);
    g_assert_cmpint (disk_value (path, "protocol.founded"), ==, 4);
  }
  destroy_all_windows ();
}

/* Two instances of the real app on one file: what the other instance saves is never
 * replaced silently by this one. */
static void
test_two_instances (void)
{
  const char *binary = g_getenv ("LIVC_SCAN_APP");
  g_autofree char *path = g_build_filename (tmpdir, "instances.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSubprocess) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pid = NULL;
  g_autofree char *xid = NULL;
  LivcWindow *window;

  g_assert_nonnull (binary);
  g_assert_true (g_file_set_contents (path,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<assessment xmlns=\"urn:livc-scan:assessment:1\" "
    "questionnaire=\"livc-r\" questionnaire-version=\"2026.1\">\n"
    "  <municipality nis=\"99005\">Tweedorp</municipality>\n"
    "  <date>2026-11-23</date>\n"
    "</assessment>\n", -1, NULL));
  window = new_window ();
  g_assert_true (livc_window_open_file (window, file));

  /* The other instance rates the first item and saves, with real keys. */
  {
    const char *argv[] = { binary, path, NULL };

    other = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
    g_assert_no_error (error);
  }
  pid = g_strdup (g_subprocess_get_identifier (other));
  {
    const char *search[] = { "xdotool", "search", "--sync", "--onlyvisible", "--pid", pid, NULL };

    xid = run_capture (search);
    g_strstrip (xid);
    if (strchr (xid, '\n') != NULL)
      *strchr (xid, '\n') = '\0';
  }
  {
    const char *focus[] = { "xdotool", "windowfocus", "--sync", xid, NULL };
    const char *keys[] = { "xdotool", "key", "3", "ctrl+s", NULL };

    g_assert_true (xdotool (focus));
    g_assert_true (iterate_until (x_focus_is, xid, 10000));
    g_assert_true (xdotool (keys));
  }
  g_assert_true (iterate_until (disk_holds_3, path, 20000));

  /* This one is told, and its save asks instead of replacing the other's answer. */
  g_assert_true (iterate_until (disk_bar_shown, window, 10000));
  rate (window, "protocol.members", "2");
  assert_save_refused (window, path, "protocol.founded", 3);
  answer_conflict (window, "reload");
  g_assert_cmpint (value_of (window, "protocol.founded"), ==, 3);

  g_subprocess_force_exit (other);
  g_subprocess_wait (other, NULL, NULL);
  destroy_all_windows ();
}

/* Autosave that cannot write */

static gboolean
autosave_bar_shown (gpointer data)
{
  LivcWindow *window = data;

  return livc_document_get_autosave_problem (livc_window_get_document (window)) != NULL &&
         gtk_info_bar_get_revealed (window->autosave_bar);
}

static gboolean
autosave_bar_hidden (gpointer data)
{
  return !autosave_bar_shown (data);
}

/* The bar says the changes could be kept nowhere. */
static gboolean
autosave_nowhere (gpointer data)
{
  LivcWindow *window = data;

  return autosave_bar_shown (window) &&
         livc_document_get_fallback_path (livc_window_get_document (window)) == NULL;
}

typedef struct
{
  LivcWindow *window;
  const char *text;
} BarText;

static gboolean
autosave_bar_says (gpointer data)
{
  BarText *bt = data;

  return autosave_bar_shown (bt->window) &&
         strstr (gtk_label_get_text (bt->window->autosave_label), bt->text) != NULL;
}

/* Makes path unusable as a folder in one of the ways that stop even root: a file in its
 * place, or a symbolic link (which the recovery folder's checks refuse). */
static void
block_folder (const char *path,
              const char *how)
{
  g_autofree char *parent = g_path_get_dirname (path);
  const char *rm[] = { "rm", "-rf", path, NULL };

  g_assert_true (g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL,
                               NULL, NULL, NULL));
  g_mkdir_with_parents (parent, 0700);
  if (g_str_equal (how, "file"))
    g_assert_true (g_file_set_contents (path, "not a folder", -1, NULL));
  else
    g_assert_cmpint (symlink (parent, path), ==, 0);
}

static void
test_autosave_cannot_write (void)
{
  g_autofree char *recovery = livc_recovery_dir ();
  g_autofree char *moved = g_strconcat (recovery, ".kept", NULL);
  g_autofree char *fallback_dir = livc_document_dup_fallback_dir ();
  const char *hows[] = { "file", "link" };
  const char *values[] = { "1", "2", "3", "4" };
  LivcWindow *window = create_assessment ("Volschijfdorp", "99004", NULL);
  LivcDocument *doc = livc_window_get_document (window);
  guint step = 0;

  g_assert_true (g_str_has_prefix (fallback_dir, tmpdir));
  if (g_file_test (recovery, G_FILE_TEST_EXISTS))
    g_assert_cmpint (g_rename (recovery, moved), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (hows); i++)
    {
      BarText kept = { window, fallback_dir };
      g_autoptr(LivcAssessment) copy = NULL;
      const char *fallback;

      block_folder (recovery, hows[i]);
      rate (window, "protocol.founded", values[step++ % 4]);
      /* The window says so, and where the changes went: a private file with them. */
      g_assert_true (iterate_until (autosave_bar_says, &kept, 5000));
      fallback = livc_document_get_fallback_path (doc);
      g_assert_nonnull (fallback);
      g_assert_true (g_str_has_prefix (fallback, fallback_dir));
      copy = livc_load_assessment (fallback, NULL, NULL);
      g_assert_nonnull (copy);
      g_assert_cmpint (livc_answer_get_value (livc_assessment_find_answer (copy,
                                                                           "protocol.founded")),
                       ==, value_of (window, "protocol.founded"));

      /* Nowhere to write at all: the window says to save now. */
      {
        const char *text;

        block_folder (fallback_dir, hows[i]);
        rate (window, "protocol.members", values[step++ % 4]);
        g_assert_true (iterate_until (autosave_nowhere, window, 5000));
        text = gtk_label_get_text (window->autosave_label);
        g_assert_nonnull (strstr (text, recovery));
        g_assert_nonnull (strstr (text, fallback_dir));
        g_assert_cmpint (g_unlink (fallback_dir), ==, 0);
      }

      /* The folder works again: the bar goes, the copy is back where it belongs. */
      g_assert_cmpint (g_unlink (recovery), ==, 0);
      rate (window, "protocol.written", values[step++ % 4]);
      g_assert_true (iterate_until (autosave_bar_hidden, window, 5000));
      g_assert_null (livc_document_get_fallback_path (doc));
    }
  destroy_all_windows ();
  if (g_file_test (moved, G_FILE_TEST_EXISTS))
    {
      const char *rm[] = { "rm", "-rf", recovery, NULL };

      g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                    NULL);
      g_assert_cmpint (g_rename (moved, recovery), ==, 0);
    }
}


/* What a shared screen shows while the ratings are hidden: the mapped labels outside the
 * buttons (the level buttons name levels, which are no ratings). */
static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts,
               gboolean  *radar)
{
  if (!gtk_widget_get_mapped (widget) || GTK_IS_BUTTON (widget))
    return;
  *radar = *radar || LIVC_IS_RADAR_VIEW (widget);
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, (gpointer) gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts, radar);
}

/* No score, stage or radar anywhere in window; returns how many labels say text. */
static guint
check_nothing_leaks (LivcWindow *window,
                     const char *text)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  LivcQuestionnaire *q = livc_document_get_questionnaire (livc_window_get_document (window));
  GListModel *stages = livc_questionnaire_get_stages (q);
  guint found = 0;
  gboolean radar = FALSE;

  rest (window);
  collect_texts (GTK_WIDGET (window), texts, &radar);
  g_assert_cmpuint (texts->len, >, 5);
  /* A radar on screen shows the scores. */
  g_assert_false (radar);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *t = g_ptr_array_index (texts, i);

      if (strchr (t, '%') != NULL)
        g_error ("a score shows while the ratings are hidden: “%s”", t);
      for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
        {
          g_autoptr(LivcStage) stage = g_list_model_get_item (stages, s);
          const char *label = livc_questionnaire_lookup (q, livc_stage_get_label (stage),
                                                         livc_window_get_lang (window));

          if (strstr (t, label) != NULL)
            g_error ("a stage shows while the ratings are hidden: “%s”", t);
        }
      found += text != NULL && strstr (t, text) != NULL;
    }
  return found;
}

/* How many labels on screen hold text, or with prefix set start with it. */
static guint
count_texts_full (LivcWindow *window,
                  const char *text,
                  gboolean    prefix)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  gboolean radar = FALSE;
  guint found = 0;

  collect_texts (GTK_WIDGET (window), texts, &radar);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *t = g_ptr_array_index (texts, i);

      found += prefix ? g_str_has_prefix (t, text) : strstr (t, text) != NULL;
    }
  return found;
}

static guint
count_texts (LivcWindow *window,
             const char *text)
{
  return count_texts_full (window, text, FALSE);
}

static guint
count_prefixed (LivcWindow *window,
                const char *prefix)
{
  rest (window);
  return count_texts_full (window, prefix, TRUE);
}

/* A new window with a sample of data/samples open. */
static LivcWindow *
open_sample (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("LIVC_SOURCE_ROOT"), "data", "samples",
                                            name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LivcWindow *window = new_window ();

  g_assert_true (livc_window_open_file (window, file));
  return window;
}

/* A round hidden until the reveal on the shared screen: who has rated, never a score, a
 * stage, the radar or a cell that tells one rating from another. The reveal opens the
 * agenda, says so in the sidebar at once, and an item the team agrees on loses its badge. */
static void
test_hidden_round (void)
{
  LivcWindow *window = open_sample ("joint-cell-individual.xml");
  LivcDocument *doc;
  LivcAssessment *a;
  guint n_members;
  g_autofree char *who = NULL;
  const char *hidden_agenda = _("Ratings hidden until the reveal");
  const char *to_discuss = _("To discuss");
  guint badges;

  doc = livc_window_get_document (window);
  a = livc_document_get_assessment (doc);
  n_members = g_list_model_get_n_items (livc_assessment_get_participants (a));
  g_assert_cmpuint (n_members, ==, 5);
  /* Every member of the sample rated every item. */
  who = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u member has rated this domain",
                                      "%u of %u members have rated this domain", n_members),
                         n_members, n_members);
  /* The radar shows beside the items on this screen. */
  g_assert_true (iterate_until (radar_mapped, window, 10000));

  livc_document_set_ratings_hidden (doc, TRUE);
  /* The domain page, the sidebar and the score panel. */
  g_assert_cmpuint (check_nothing_leaks (window, who), >, 1);
  g_assert_cmpuint (count_texts (window, hidden_agenda), ==, 1);
  /* The round, on each member's turn: the others' cells are one dot or nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.round", NULL);
  for (guint p = 0; p < n_members; p++)
    {
      livc_round_view_set_current (window->round_view, p);
      check_nothing_leaks (window, NULL);
      for (guint q = 0; q < n_members; q++)
        {
          GtkEntry *entry = livc_round_view_get_entry (window->round_view, 0, q);

          g_assert_cmpint (gtk_entry_get_visibility (entry), ==, p == q);
          if (p != q)
            g_assert_cmpuint (strlen (gtk_editable_get_text (GTK_EDITABLE (entry))), ==, 1);
        }
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.round", NULL);
  /* The results and the presentation. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
  check_nothing_leaks (window, NULL);
  livc_window_select_domain (window, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  g_assert_cmpuint (check_nothing_leaks (window, _("Scores are hidden until the reveal")), >=, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL);

  /* The reveal: the agenda, the sidebar told at once, the scores and the radar back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reveal", NULL);
  rest (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "agenda");
  g_assert_cmpuint (count_texts (window, hidden_agenda), ==, 0);
  g_assert_cmpuint (count_texts (window, who), ==, 0);
  g_assert_cmpuint (count_texts (window, "%"), >, 1);
  g_assert_true (gtk_widget_get_mapped (find_widget (GTK_WIDGET (window), is_radar, NULL)));
  /* Agreed: the first item to discuss loses its badge. */
  g_assert_cmpuint (livc_agenda_view_get_n_items (window->agenda_view), >, 0);
  badges = count_texts (window, to_discuss);
  g_assert_cmpuint (badges, >, 0);
  rate (window, livc_item_get_id (livc_item_row_get_item (
          livc_agenda_view_get_row (window->agenda_view, 0))), "3");
  rest (window);
  g_assert_cmpuint (count_texts (window, to_discuss), ==, badges - 1);

  livc_document_discard_recovery (doc);
  livc_document_set_modified (doc, FALSE);
  destroy_all_windows ();
}

/* Items are numbered within their domain ("2.1"), the same in every view: the domain page,
 * the round, the agenda, presentation mode and the results. */
static void
test_item_numbers (void)
{
  LivcWindow *window = open_sample ("joint-cell-individual.xml");
  LivcDocument *doc;
  g_autofree char *counter = NULL;
  g_autofree char *past_last = NULL;
  GtkWidget *row;
  guint i, n, position;

  doc = livc_window_get_document (window);
  livc_window_select_domain (window, 1);
  g_assert_cmpuint (count_prefixed (window, "2.1"), ==, 1);
  /* No number past the domain's last item, which a global place would give. */
  past_last = g_strdup_printf ("2.%u", domain_n_items (window, 1) + 1);
  g_assert_cmpuint (count_prefixed (window, past_last), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.round", NULL);
  g_assert_cmpuint (count_prefixed (window, "2.1  "), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.round", NULL);

  /* The agenda's rows: each domain's items from its .1. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.agenda", NULL);
  g_assert_cmpuint (livc_agenda_view_get_n_items (window->agenda_view), >, 0);
  for (i = 0; i < livc_agenda_view_get_n_items (window->agenda_view); i++)
    {
      LivcItem *item = livc_item_row_get_item (livc_agenda_view_get_row (window->agenda_view, i));
      g_autofree char *number = livc_item_dup_number (item);
      g_autofree char *expected = g_strdup_printf ("%u.%u", livc_domain_get_index (
                                                     livc_item_get_domain (item)) + 1,
                                                   livc_item_get_position (item) + 1);

      g_assert_cmpstr (number, ==, expected);
      g_assert_cmpuint (count_prefixed (window, number), >=, 1);
    }

  /* Presentation mode starts at the item the keyboard is on, 2.3, and says its number. */
  livc_window_select_domain (window, 1);
  rest (window);
  row = gtk_widget_get_first_child (GTK_WIDGET (window->item_list));
  row = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (row));
  g_assert_true (gtk_widget_grab_focus (row));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  n = livc_questionnaire_get_n_items (livc_document_get_questionnaire (doc));
  position = livc_presentation_view_get_position (window->presentation_view);
  g_assert_true (livc_questionnaire_get_item (livc_document_get_questionnaire (doc), position) ==
                 livc_item_row_get_item (LIVC_ITEM_ROW (row)));
  counter = g_strdup_printf (_("Item %s · %u of %u"), "2.3", position + 1, n);
  g_assert_cmpuint (count_prefixed (window, counter), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL);

  livc_document_discard_recovery (doc);
  livc_document_set_modified (doc, FALSE);
  destroy_all_windows ();
}

/* A main loop kept busy, as on a slow machine: each run of this source takes 30 ms. */
static gboolean
busy_cb (gpointer data)
{
  g_usleep (30000);
  return G_SOURCE_CONTINUE;
}

typedef struct
{
  LivcDocument *doc;
  GListModel   *items;
  guint         n;
} RatedWait;

/* The first n items of the domain are rated. */
static gboolean
are_rated (gpointer data)
{
  RatedWait *w = data;
  LivcAssessment *a = livc_document_get_assessment (w->doc);

  for (guint i = 0; i < w->n; i++)
    {
      g_autoptr(LivcItem) item = g_list_model_get_item (w->items, i);
      LivcAnswer *answer = livc_assessment_find_answer (a, livc_item_get_id (item));

      if (answer == NULL || livc_answer_get_value (answer) == LIVC_VALUE_NONE)
        return FALSE;
    }
  return TRUE;
}

/* Digits typed at once after Ctrl+Page Down rate the new domain's items down the page,
 * however busy the main loop is: X holds the keys while the loop is away, then they come
 * in one go, before the page has drawn a frame. */
static void
test_domain_change_keys (void)
{
  LivcWindow *window = create_assessment ("Vlugdorp", "99005", NULL);
  LivcDocument *doc = livc_window_get_document (window);
  LivcQuestionnaire *q = livc_document_get_questionnaire (doc);
  guint n = g_list_model_get_n_items (livc_questionnaire_get_domains (q));
  guint busy = g_timeout_add_full (G_PRIORITY_DEFAULT, 1, busy_cb, NULL, NULL);
  const char *argv[] = { "xdotool", "key", "--delay", "0", "ctrl+Next",
                         "3", "Down", "4", "Down", "2", "Down", "1", "Down", "5", NULL };

  focus_window (GTK_WINDOW (window));
  for (guint d = 1; d < n; d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (livc_questionnaire_get_domains (q), d);
      RatedWait wait = { doc, livc_domain_get_items (domain), 0 };
      const int expected[] = { 3, 4, 2, 1, 5 };

      wait.n = MIN (g_list_model_get_n_items (wait.items), G_N_ELEMENTS (expected));
      g_assert_true (xdotool (argv));
      if (!livc_gui_test_iterate_until (are_rated, &wait, 5000))
        g_error ("domain %u: a key typed after Ctrl+Page Down was lost", d + 1);
      for (guint i = 0; i < wait.n; i++)
        {
          g_autoptr(LivcItem) item = g_list_model_get_item (wait.items, i);

          g_assert_cmpint (value_of (window, livc_item_get_id (item)), ==, expected[i]);
        }
    }
  g_source_remove (busy);
  livc_document_discard_recovery (doc);
  livc_document_set_modified (doc, FALSE);
  destroy_all_windows ();
}

/* Enter in the team dialog goes from a role to its name, and from the last name to a new
 * member, whose role has the focus. */
static void
test_team_enter (void)
{
  LivcWindow *window = create_assessment ("Ploegdorp", "99006", NULL);
  LivcDocument *doc = livc_window_get_document (window);
  LivcAssessment *a = livc_document_get_assessment (doc);
  LivcTeamDialog *team;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.team-members", NULL);
  g_assert_true (iterate_until (has_team_dialog, NULL, 10000));
  team = find_team_dialog ();
  g_assert_nonnull (team);
  focus_window (GTK_WINDOW (team));
  {
    const char *role[] = { "xdotool", "type", "--delay", "20", "Police", NULL };
    const char *name[] = { "xdotool", "type", "--delay", "20", "Jan", NULL };

    g_assert_true (xdotool (role));
    press_keys ("Return");
    g_assert_true (xdotool (name));
    press_keys ("Return");
  }
  g_assert_cmpuint (g_list_model_get_n_items (livc_assessment_get_participants (a)), ==, 2);
  g_assert_cmpstr (livc_participant_get_role (livc_assessment_find_participant (a, "p1")), ==,
                   "Police");
  g_assert_cmpstr (livc_participant_get_name (livc_assessment_find_participant (a, "p1")), ==,
                   "Jan");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (livc_team_dialog_get_entry (team, 1, FALSE))) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (team)),
                                         GTK_WIDGET (livc_team_dialog_get_entry (team, 1, FALSE))));
  gtk_window_destroy (GTK_WINDOW (team));
  livc_document_discard_recovery (doc);
  livc_document_set_modified (doc, FALSE);
  destroy_all_windows ();
}

/* A toast's Undo button, once the toast shows. */
static gboolean
is_undo_button (GtkWidget    *widget,
                gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)),
                    g_dgettext (GETTEXT_PACKAGE, "_Undo")) == 0;
}

static gboolean
has_undo_toast (gpointer window)
{
  return find_widget (GTK_WIDGET (window), is_undo_button, NULL) != NULL;
}

static guint
n_members (LivcDocument *doc)
{
  return g_list_model_get_n_items (livc_assessment_get_participants (
                                     livc_document_get_assessment (doc)));
}

/* Ctrl+Z takes back ratings one at a time and Ctrl+Shift+Z does them again; a removed
 * action and a removed member come back, the same objects, from their toast's Undo. */
static void
test_undo (void)
{
  LivcWindow *window = create_assessment ("Terugdorp", NULL, NULL);
  LivcDocument *doc = livc_window_get_document (window);
  LivcAssessment *a = livc_document_get_assessment (doc);
  GListModel *actions = livc_assessment_get_actions (a);
  g_autoptr(LivcAction) action = NULL;
  LivcTeamDialog *team;
  guint n;

  g_assert_false (livc_history_get_can_undo (livc_document_get_history (doc)));
  focus_window (GTK_WINDOW (window));
  press_keys ("4 Down 2");
  g_assert_cmpint (value_of (window, "protocol.founded"), ==, 4);
  g_assert_cmpint (value_of (window, "protocol.members"), ==, 2);
  press_keys ("ctrl+z");
  g_assert_cmpint (value_of (window, "protocol.members"), ==, LIVC_VALUE_NONE);
  g_assert_cmpint (value_of (window, "protocol.founded"), ==, 4);
  press_keys ("ctrl+z");
  g_assert_cmpint (value_of (window, "protocol.founded"), ==, LIVC_VALUE_NONE);
  press_keys ("ctrl+shift+z ctrl+shift+z");
  g_assert_cmpint (value_of (window, "protocol.founded"), ==, 4);
  g_assert_cmpint (value_of (window, "protocol.members"), ==, 2);

  /* An action removed, then put back from the toast. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
  g_assert_true (iterate_until (results_shown, window, 10000));
  click_tooltip (window, "Add to the Action Plan");
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);
  action = g_list_model_get_item (actions, 0);
  click_tooltip (window, "Remove Action");
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 0);
  g_assert_true (iterate_until (has_undo_toast, window, 10000));
  g_signal_emit_by_name (find_widget (GTK_WIDGET (window), is_undo_button, NULL), "clicked");
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);
  {
    g_autoptr(LivcAction) back = g_list_model_get_item (actions, 0);

    g_assert_true (back == action);
  }

  /* A member removed in the team dialog, back with Ctrl+Z there. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.team-members", NULL);
  g_assert_true (iterate_until (has_team_dialog, NULL, 10000));
  team = find_team_dialog ();
  livc_team_dialog_add_member (team);
  livc_team_dialog_add_member (team);
  settle ();
  n = n_members (doc);
  g_assert_cmpuint (n, >=, 2);
  livc_team_dialog_remove (team, 0);
  settle ();
  g_assert_cmpuint (n_members (doc), ==, n - 1);
  g_assert_true (iterate_until (has_undo_toast, team, 10000));
  focus_window (GTK_WINDOW (team));
  press_keys ("ctrl+z");
  g_assert_cmpuint (n_members (doc), ==, n);
  {
    g_autoptr(LivcParticipant) first =
      g_list_model_get_item (livc_assessment_get_participants (a), 0);

    g_assert_cmpstr (livc_participant_get_id (first), ==, "p1");
  }
  gtk_window_destroy (GTK_WINDOW (team));

  livc_document_discard_recovery (doc);
  livc_document_set_modified (doc, FALSE);
  destroy_all_windows ();
}

static gboolean
is_date_row (GtkWidget    *widget,
             gconstpointer data)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                    g_dgettext (GETTEXT_PACKAGE, "_Date of the meeting")) == 0;
}

static gboolean
label_contains (GtkWidget    *widget,
                gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

/* The date of a new assessment as Belgians write it, stored as ISO; a date that is not
 * one says so under the field and keeps Create off. */
static void
test_date_entry (void)
{
  LivcWindow *window = new_window ();
  LivcNewDialog *dialog;
  GtkWidget *row, *calendar;
  LivcAssessment *a;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  g_assert_true (iterate_until (has_new_dialog, NULL, 10000));
  dialog = find_new_dialog ();
  livc_new_dialog_set_municipality (dialog, 0, "Datumdorp", NULL);
  row = find_widget (GTK_WIDGET (dialog), is_date_row, NULL);
  g_assert_nonnull (row);
  calendar = find_widget (GTK_WIDGET (dialog), has_tooltip,
                          g_dgettext (GETTEXT_PACKAGE, "Choose the date on a calendar"));
  g_assert_true (GTK_IS_MENU_BUTTON (calendar));

  gtk_editable_set_text (GTK_EDITABLE (row), "31/02/2027");
  settle ();
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), label_contains, "31/02/2027"));
  g_assert_false (livc_new_dialog_create (dialog));

  /* The calendar opens on the date in the field and writes the day picked as ISO. */
  gtk_editable_set_text (GTK_EDITABLE (row), "31.03.2027");
  settle ();
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_null (find_widget (GTK_WIDGET (dialog), label_contains, "31.03.2027"));
  gtk_menu_button_popup (GTK_MENU_BUTTON (calendar));
  settle ();
  {
    GtkWidget *cal = find_widget (GTK_WIDGET (gtk_menu_button_get_popover (
                                    GTK_MENU_BUTTON (calendar))), is_calendar, NULL);
    g_autoptr(GDateTime) shown = gtk_calendar_get_date (GTK_CALENDAR (cal));
    g_autoptr(GDateTime) day = g_date_time_new_local (2027, 3, 30, 12, 0, 0);

    g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 31);
    g_assert_cmpint (g_date_time_get_month (shown), ==, 3);
    gtk_calendar_select_day (GTK_CALENDAR (cal), day);
    settle ();
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "2027-03-30");
  gtk_editable_set_text (GTK_EDITABLE (row), "22/11/2026");
  g_assert_true (livc_new_dialog_create (dialog));
  g_assert_true (iterate_until (has_document, window, 10000));
  a = livc_document_get_assessment (livc_window_get_document (window));
  g_assert_cmpstr (livc_assessment_get_date (a), ==, "2026-11-22");
  livc_document_discard_recovery (livc_window_get_document (window));
  livc_document_set_modified (livc_window_get_document (window), FALSE);
  destroy_all_windows ();
}

int
main (int    argc,
      char **argv)
{
  int status;

  tmpdir = livc_gui_test_init ("livc-gui-XXXXXX");
  {
    g_autofree char *qdir =
      g_build_filename (g_getenv ("XDG_DATA_HOME"), "livc-scan", "questionnaires", NULL);
    g_autofree char *src =
      g_build_filename (g_getenv ("LIVC_TEST_FILES"), "scoring-q.xml", NULL);
    g_autofree char *dst = g_build_filename (qdir, "scoring-q.xml", NULL);
    g_autofree char *contents = NULL;
    gsize len;

    /* The questionnaire the hostile assessments answer, where the app looks for it. */
    g_mkdir_with_parents (qdir, 0700);
    g_assert_true (g_file_get_contents (src, &contents, &len, NULL));
    g_assert_true (g_file_set_contents (dst, contents, (gssize) len, NULL));
  }

  g_test_init (&argc, &argv, NULL);
  app = livc_gui_test_app_new ();

  g_test_add_func ("/gui/start", test_start);
  g_test_add_func ("/gui/answer-score-radar", test_answer_score_radar);
  g_test_add_func ("/gui/editor-page", test_editor_page);
  g_test_add_func ("/gui/action-plan", test_action_plan);
  g_test_add_func ("/gui/recent-names", test_recent_names);
  g_test_add_func ("/gui/close-asks", test_close_asks);
  g_test_add_func ("/gui/keyboard", test_keyboard);
  g_test_add_func ("/gui/save-reopen-export", test_save_reopen_export);
  g_test_add_func ("/gui/hostile-files", test_hostile_files);
  g_test_add_func ("/gui/kill-and-recover", test_kill);
  g_test_add_func ("/gui/french", test_french_ui);
  g_test_add_func ("/gui/team-meeting", test_team_meeting);
  g_test_add_func ("/gui/file-changed-elsewhere", test_file_changed_elsewhere);
  g_test_add_func ("/gui/two-instances", test_two_instances);
  g_test_add_func ("/gui/autosave-cannot-write", test_autosave_cannot_write);
  g_test_add_func ("/gui/bidi-isolated", test_bidi_isolated);
  g_test_add_func ("/gui/hidden-round", test_hidden_round);
  g_test_add_func ("/gui/item-numbers", test_item_numbers);
  g_test_add_func ("/gui/domain-change-keys", test_domain_change_keys);
  g_test_add_func ("/gui/team-enter", test_team_enter);
  g_test_add_func ("/gui/undo", test_undo);
  g_test_add_func ("/gui/date-entry", test_date_entry);
  status = g_test_run ();

  livc_gui_test_finish (&app, &tmpdir);
  return status;
}
