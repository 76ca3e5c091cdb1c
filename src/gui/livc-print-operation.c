/* livc-print-operation.c: printing a report, with the page setup and printer settings
 * the user chose last time.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-print-operation.h"
#include "livc-problems-dialog.h"

struct _LivcPrintOperation
{
  GtkPrintOperation  parent_instance;
  LivcReport        *report;
  GSettings         *settings;   /* NULL when preferences are not kept */
};

G_DEFINE_FINAL_TYPE (LivcPrintOperation, livc_print_operation, GTK_TYPE_PRINT_OPERATION)

/* The kept value of key, or NULL while the user never chose (GTK's defaults apply then). */
static GVariant *
saved_value (GSettings  *settings,
             const char *key)
{
  g_autoptr(GVariant) value = NULL;

  if (settings == NULL)
    return NULL;
  value = g_settings_get_value (settings, key);
  if (g_variant_n_children (value) == 0)
    return NULL;
  return g_steal_pointer (&value);
}

static GtkPageSetup *
saved_page_setup (GSettings *settings)
{
  g_autoptr(GVariant) value = saved_value (settings, "page-setup");

  return value != NULL ? gtk_page_setup_new_from_gvariant (value) : NULL;
}

static GtkPrintSettings *
saved_print_settings (GSettings *settings)
{
  g_autoptr(GVariant) value = saved_value (settings, "print-settings");

  return value != NULL ? gtk_print_settings_new_from_gvariant (value) : NULL;
}

static void
livc_print_operation_begin_print (GtkPrintOperation *operation,
                                  GtkPrintContext   *context)
{
  LivcPrintOperation *self = LIVC_PRINT_OPERATION (operation);

  gtk_print_operation_set_n_pages (operation, (int) livc_report_get_n_pages (self->report));
}

/* Print and preview draw the report's own A4 pages, scaled to the printable area. */
static void
livc_print_operation_draw_page (GtkPrintOperation *operation,
                                GtkPrintContext   *context,
                                int                page)
{
  LivcPrintOperation *self = LIVC_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double sx = gtk_print_context_get_width (context) / LIVC_REPORT_PAGE_WIDTH;
  double sy = gtk_print_context_get_height (context) / LIVC_REPORT_PAGE_HEIGHT;

  cairo_save (cr);
  cairo_scale (cr, MIN (sx, sy), MIN (sx, sy));
  livc_report_draw_page (self->report, cr, (guint) page);
  cairo_restore (cr);
}

static void
livc_print_operation_dispose (GObject *object)
{
  LivcPrintOperation *self = LIVC_PRINT_OPERATION (object);

  g_clear_object (&self->report);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (livc_print_operation_parent_class)->dispose (object);
}

static void
livc_print_operation_class_init (LivcPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = livc_print_operation_dispose;
  operation_class->begin_print = livc_print_operation_begin_print;
  operation_class->draw_page = livc_print_operation_draw_page;
}

static void
livc_print_operation_init (LivcPrintOperation *self)
{
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
}

LivcPrintOperation *
livc_print_operation_new (LivcReport *report,
                          GSettings  *settings)
{
  LivcPrintOperation *self;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPrintSettings) print_settings = NULL;

  g_return_val_if_fail (LIVC_IS_REPORT (report), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (LIVC_TYPE_PRINT_OPERATION, NULL);
  self->report = g_object_ref (report);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  setup = saved_page_setup (settings);
  print_settings = saved_print_settings (settings);
  if (setup != NULL)
    gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  if (print_settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), print_settings);
  return self;
}

void
livc_print_operation_run_dialog (LivcPrintOperation *self,
                                 GtkWindow          *parent)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (LIVC_IS_PRINT_OPERATION (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                                    &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    livc_show_problems (parent, _("Cannot Print the Report"), NULL, error);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY && self->settings != NULL)
    {
      GtkPrintSettings *used = gtk_print_operation_get_print_settings (operation);
      GtkPageSetup *used_setup = gtk_print_operation_get_default_page_setup (operation);

      if (used != NULL)
        g_settings_set_value (self->settings, "print-settings",
                              gtk_print_settings_to_gvariant (used));
      if (used_setup != NULL)
        g_settings_set_value (self->settings, "page-setup",
                              gtk_page_setup_to_gvariant (used_setup));
    }
}

static void
on_page_setup_done (GtkPageSetup *setup,
                    gpointer      user_data)
{
  g_autoptr(GSettings) settings = user_data;

  if (setup != NULL && settings != NULL)
    g_settings_set_value (settings, "page-setup", gtk_page_setup_to_gvariant (setup));
}

void
livc_print_operation_page_setup (GtkWindow *parent,
                                 GSettings *settings)
{
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPrintSettings) print_settings = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  setup = saved_page_setup (settings);
  print_settings = saved_print_settings (settings);
  if (print_settings == NULL)
    print_settings = gtk_print_settings_new ();
  gtk_print_run_page_setup_dialog_async (parent, setup, print_settings, on_page_setup_done,
                                         settings != NULL ? g_object_ref (settings) : NULL);
}
