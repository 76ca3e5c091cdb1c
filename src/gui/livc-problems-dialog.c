/* livc-problems-dialog.c: the dialog that lists a file's problems, shared by every window
 * and dialog that loads, saves, exports or prints.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-problems-dialog.h"

/* A hostile file can have thousands of problems; the first ones are enough to fix it. */
#define MAX_PROBLEM_LINES 20

void
livc_show_problems (GtkWindow       *parent,
                    const char      *heading,
                    LivcDiagnostics *diag,
                    GError          *error)
{
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;
  guint n = diag != NULL ? livc_diagnostics_get_n (diag) : 0;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (heading != NULL);

  for (guint i = 0; i < n && i < MAX_PROBLEM_LINES; i++)
    {
      g_autofree char *line = livc_problem_to_string (livc_diagnostics_get (diag, i));
      g_string_append_printf (body, "%s%s", body->len > 0 ? "\n" : "", line);
    }
  if (n > MAX_PROBLEM_LINES)
    {
      g_string_append_c (body, '\n');
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "… and %u more problem",
                                                 "… and %u more problems", n - MAX_PROBLEM_LINES),
                              n - MAX_PROBLEM_LINES);
    }
  if (body->len == 0 && error != NULL)
    g_string_append (body, error->message);

  /* A window that is not shown yet (files opened at start) shows under its problems. */
  if (parent != NULL && !gtk_widget_get_visible (GTK_WIDGET (parent)))
    gtk_window_present (parent);
  dialog = adw_message_dialog_new (parent, heading, NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_widget_add_css_class (dialog, "problems-dialog");
  gtk_window_present (GTK_WINDOW (dialog));
}
