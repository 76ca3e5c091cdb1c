/* bench-minimal-window.c: the smallest application with one window of the app's default
 * size, the yardstick for the app's start-up time. Built twice: with GTK 4 alone (a label)
 * and, with MINIMAL_ADW defined, with libadwaita (a header bar and a label), which shows
 * what libadwaita itself adds to a start (its style sheet, the style manager) and no
 * libadwaita app can go below. With LIVC_BENCH_FIRST_FRAME set it prints a line and quits
 * at its window's first frame, as the app does.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#ifdef MINIMAL_ADW
#include <adwaita.h>
#else
#include <gtk/gtk.h>
#endif

static void
on_after_paint (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, app);
  g_print ("first frame\n");
  g_application_quit (app);
}

static void
on_activate (GtkApplication *app)
{
#ifdef MINIMAL_ADW
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Minimal window"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
#else
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Minimal window"));
#endif
  gtk_window_set_title (GTK_WINDOW (window), "Minimal window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  if (g_getenv ("LIVC_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                      G_CALLBACK (on_after_paint), app);
}

int
main (int    argc,
      char **argv)
{
#ifdef MINIMAL_ADW
  g_autoptr(AdwApplication) app = adw_application_new ("be.livcscan.MinimalAdwWindow",
                                                       G_APPLICATION_NON_UNIQUE);
#else
  g_autoptr(GtkApplication) app = gtk_application_new ("be.livcscan.MinimalWindow",
                                                       G_APPLICATION_NON_UNIQUE);
#endif

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
