/* test-layout.c: every view of the app on a small screen (Xvfb at 1024×768 or 800×600, as
 * a meeting room's projector): the editor with the radar, the individual round hidden
 * until the reveal with each member's turn, the agenda, the results, presentation mode and
 * the compare window. None may make its window wider than the screen, and no widget may
 * be allocated outside its window.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "livc-compare-window.h"
#include "livc-gui-test.h"
#include "livc-window-private.h"
#include "livc-window.h"

static LivcApplication *app;
static char *tmpdir;

typedef struct
{
  GtkWidget *widget;
  guint      frames;
} FrameWait;

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  ((FrameWait *) data)->frames++;
  return G_SOURCE_CONTINUE;
}

/* No flap under widget is sliding in or out. */
static gboolean
flaps_still (GtkWidget *widget)
{
  if (ADW_IS_FLAP (widget))
    {
      double progress = adw_flap_get_reveal_progress (ADW_FLAP (widget));

      if (progress > 0 && progress < 1)
        return FALSE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!flaps_still (child))
      return FALSE;
  return TRUE;
}

static gboolean
three_frames (gpointer data)
{
  FrameWait *w = data;

  return w->frames >= 3 && flaps_still (w->widget);
}

/* Until the window has drawn three frames and its flaps are still: what a change queued is
 * laid out by then. */
static void
settle (GtkWidget *window)
{
  FrameWait w = { window, 0 };
  guint tick = gtk_widget_add_tick_callback (window, on_tick, &w, NULL);

  gtk_widget_queue_draw (window);
  g_assert_true (livc_gui_test_iterate_until (three_frames, &w, 10000));
  gtk_widget_remove_tick_callback (window, tick);
}

static GdkRectangle
screen_of (GtkWidget *window)
{
  GdkDisplay *display = gtk_widget_get_display (window);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  GdkMonitor *monitor = gdk_display_get_monitor_at_surface (display, surface);
  GdkRectangle geometry;

  g_assert_nonnull (monitor);
  gdk_monitor_get_geometry (monitor, &geometry);
  return geometry;
}

static gboolean
clips_horizontally (GtkWidget *widget)
{
  GtkPolicyType horizontal;

  if (!GTK_IS_SCROLLED_WINDOW (widget))
    return FALSE;
  gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (widget), &horizontal, NULL);
  return horizontal == GTK_POLICY_NEVER;
}

/* Every mapped widget under widget lies inside the window horizontally, and vertically
 * too unless a scrolled window holds it. */
static void
check_inside (GtkWidget  *widget,
              GtkWidget  *window,
              gboolean    scrolled,
              const char *what,
              guint      *n_checked)
{
  graphene_rect_t bounds;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  const char *css = gtk_widget_get_css_name (widget);

  /* A folded flap's dimming and shadow span more than it shows: it clips them. */
  if (!gtk_widget_get_mapped (widget) ||
      (ADW_IS_FLAP (gtk_widget_get_parent (widget)) &&
       (g_str_equal (css, "dimming") || g_str_equal (css, "shadow") ||
        g_str_equal (css, "outline") || g_str_equal (css, "border"))))
    return;
  /* The window's own bounds hold its shadow; what it shows is inside its width. */
  if (widget != window && gtk_widget_compute_bounds (widget, window, &bounds) &&
      bounds.size.width > 0)
    {
      float left = bounds.origin.x;
      float right = bounds.origin.x + bounds.size.width;
      float top = bounds.origin.y;
      float bottom = bounds.origin.y + bounds.size.height;

      (*n_checked)++;
      if (left < -1 || right > width + 1 || (!scrolled && (top < -1 || bottom > height + 1)))
        for (GtkWidget *a = widget; a != NULL; a = gtk_widget_get_parent (a))
          if (gtk_widget_compute_bounds (a, window, &bounds))
            g_printerr ("  %s %s %.0f+%.0f\n", G_OBJECT_TYPE_NAME (a), gtk_widget_get_css_name (a),
                        bounds.origin.x, bounds.size.width);
      if (left < -1 || right > width + 1 || (!scrolled && (top < -1 || bottom > height + 1)))
        g_error ("%s: %s (%s) at %.0f–%.0f × %.0f–%.0f, outside the window of %d × %d", what,
                 G_OBJECT_TYPE_NAME (widget), gtk_widget_get_name (widget), left, right, top,
                 bottom, width, height);
    }
  /* An overlay scrollbar's slider grows past its trough under the pointer: GTK's style. */
  if ((GTK_IS_SCROLLED_WINDOW (widget) && !clips_horizontally (widget)) ||
      GTK_IS_SCROLLBAR (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_NATIVE (child))
      check_inside (child, window, scrolled || GTK_IS_SCROLLED_WINDOW (widget), what, n_checked);
}

/* With LIVC_LAYOUT_DUMP set: the minimum width of every mapped widget, for finding which
 * one holds a window wide. */
static void
dump_minimum (GtkWidget *widget,
              guint      depth)
{
  int minimum, natural;

  if (!gtk_widget_get_mapped (widget) || (GTK_IS_NATIVE (widget) && depth > 0))
    return;
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  if (minimum >= 150 || GTK_IS_GRID (gtk_widget_get_parent (widget)))
    g_printerr ("%*s%s.%s min %d\n", (int) depth, "", G_OBJECT_TYPE_NAME (widget),
                gtk_widget_get_css_name (widget), minimum);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    dump_minimum (child, depth + 1);
}

/* The window fits the screen, now and at its minimum, and holds every widget it shows. */
static void
check_fits (GtkWidget  *window,
            const char *what)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  GdkRectangle screen;
  int minimum, natural;
  guint n_checked = 0;

  settle (window);
  screen = screen_of (window);
  gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_test_message ("%s: window %d × %d (minimum width %d) on a screen of %d × %d", what,
                  gdk_surface_get_width (surface), gdk_surface_get_height (surface), minimum,
                  screen.width, screen.height);
  if (g_getenv ("LIVC_LAYOUT_DUMP") != NULL)
    dump_minimum (window, 0);
  /* The surface holds the window and its shadow: that is what the screen must hold. */
  g_assert_cmpint (gdk_surface_get_width (surface), <=, screen.width);
  g_assert_cmpint (minimum, <=, screen.width);
  check_inside (window, window, FALSE, what, &n_checked);
  g_assert_cmpuint (n_checked, >, 10);
}

/* Every level's name on a button under widget wraps between words only. Returns how many
 * names were looked at. */
static guint
check_words_whole (GtkWidget  *widget,
                   const char *what)
{
  guint n = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;
  if (GTK_IS_LABEL (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_TOGGLE_BUTTON) != NULL)
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));
      const char *text = pango_layout_get_text (layout);

      for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
        {
          PangoLayoutLine *line = l->data;

          if (line->start_index > 0 && !g_unichar_isspace (
                g_utf8_get_char (g_utf8_prev_char (text + line->start_index))))
            g_error ("%s: “%s” is broken inside a word", what, text);
        }
      return 1;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += check_words_whole (child, what);
  return n;
}

static LivcWindow *
open_sample (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("LIVC_SOURCE_ROOT"), "data", "samples",
                                            name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LivcWindow *window = livc_window_new (GTK_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (livc_window_open_file (window, file));
  g_assert_false (livc_window_is_empty (window));
  return window;
}

static void
close_window (LivcWindow *window)
{
  LivcDocument *doc = livc_window_get_document (window);

  if (doc != NULL)
    {
      livc_document_discard_recovery (doc);
      livc_document_set_modified (doc, FALSE);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_editor (void)
{
  LivcWindow *window = open_sample ("town-2026.xml");
  GtkWidget *w = GTK_WIDGET (window);
  LivcQuestionnaire *q = livc_document_get_questionnaire (livc_window_get_document (window));
  guint n = g_list_model_get_n_items (livc_questionnaire_get_domains (q));

  check_fits (w, "welcome and first domain");
  /* On a projector the radar folds, on a small screen the sidebar too; they show over the
   * content when asked for. */
  {
    int width = gtk_widget_get_width (w);

    g_assert_true (adw_flap_get_folded (window->radar_flap) == (width < 1200));
    g_assert_true (adw_flap_get_folded (window->sidebar_flap) == (width < 900));
    g_assert_true (gtk_widget_get_visible (window->sidebar_button) == (width < 900));
  }
  /* The radar asked for, wherever it goes on this screen. */
  gtk_widget_activate_action (w, "win.show-radar", NULL);
  check_fits (w, "first domain, radar toggled");
  gtk_widget_activate_action (w, "win.show-radar", NULL);
  for (guint d = 1; d < n; d++)
    {
      g_autofree char *what = g_strdup_printf ("domain %u", d + 1);

      livc_window_select_domain (window, (int) d);
      check_fits (w, what);
      g_assert_cmpuint (check_words_whole (w, what), >, 14);
    }
  gtk_widget_activate_action (w, "win.show-results", NULL);
  check_fits (w, "results");
  livc_window_select_domain (window, 0);
  gtk_widget_activate_action (w, "win.presentation", NULL);
  check_fits (w, "presentation");
  /* Seven levels, each a value and a name. */
  g_assert_cmpuint (check_words_whole (GTK_WIDGET (window->presentation_view), "presentation"),
                    ==, 14);
  gtk_widget_activate_action (w, "win.leave-presentation", NULL);
  check_fits (w, "after presentation");
  close_window (window);
}

static void
test_round (void)
{
  LivcWindow *window = open_sample ("joint-cell-individual.xml");
  GtkWidget *w = GTK_WIDGET (window);
  LivcDocument *doc = livc_window_get_document (window);
  guint n_members = g_list_model_get_n_items (
    livc_assessment_get_participants (livc_document_get_assessment (doc)));

  gtk_widget_activate_action (w, "win.round", NULL);
  check_fits (w, "round");
  /* The members' grid takes the sidebar's width below 1,200 px. */
  g_assert_true (adw_flap_get_folded (window->sidebar_flap) == (gtk_widget_get_width (w) < 1200));
  livc_document_set_ratings_hidden (doc, TRUE);
  check_fits (w, "round, hidden");
  for (guint p = 0; p < n_members; p++)
    {
      g_autofree char *what = g_strdup_printf ("round, hidden, member %u's turn", p + 1);

      livc_round_view_set_current (window->round_view, p);
      check_fits (w, what);
    }
  gtk_widget_activate_action (w, "win.next-domain", NULL);
  check_fits (w, "round, hidden, second domain");
  gtk_widget_activate_action (w, "win.reveal", NULL);
  check_fits (w, "agenda after the reveal");
  gtk_widget_activate_action (w, "win.round", NULL);
  livc_window_select_domain (window, 0);
  check_fits (w, "after the round");
  gtk_widget_activate_action (w, "win.show-results", NULL);
  check_fits (w, "results of the round");
  close_window (window);
}

static gboolean
loaded (gpointer window)
{
  return !livc_compare_window_is_loading (window);
}

static void
test_compare (void)
{
  LivcCompareWindow *window = livc_compare_window_new (GTK_APPLICATION (app));
  g_autofree char *path = g_build_filename (g_getenv ("LIVC_SOURCE_ROOT"), "data", "samples",
                                            NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  const char *views[] = { "overview", "trend", "peers" };

  gtk_window_present (GTK_WINDOW (window));
  livc_compare_window_load (window, &folder, 1);
  g_assert_true (livc_gui_test_iterate_until (loaded, window, 60000));
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *what = g_strdup_printf ("compare, %s", views[i]);

      livc_compare_window_show_view (window, views[i]);
      check_fits (GTK_WIDGET (window), what);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

int
main (int    argc,
      char **argv)
{
  int status;

  tmpdir = livc_gui_test_init ("livc-layout-XXXXXX");
  g_test_init (&argc, &argv, NULL);
  app = livc_gui_test_app_new ();

  g_test_add_func ("/layout/editor", test_editor);
  g_test_add_func ("/layout/round", test_round);
  g_test_add_func ("/layout/compare", test_compare);
  status = g_test_run ();

  livc_gui_test_finish (&app, &tmpdir);
  return status;
}
