/* livc-problems-dialog.c: the dialog that lists a file's problems, shared by every window
 * and dialog that loads, saves, exports or prints.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-problems-dialog.h"

/* A hostile file can have thousands of problems; the first ones are enough to fix it. */
#define MAX_PROBLEM_LINES 20

/* A problem as the body says it: the file's name without its folders, the line, and the
 * message without the XML parser's own words, which go to the details. */
static char *
plain_problem (const LivcProblem *problem)
{
  g_autofree char *name = g_path_get_basename (problem->file);
  LivcProblem plain = *problem;
  g_autofree char *parser_prefix = g_strdup_printf (_("not well-formed XML: %s"), "");

  plain.file = name;
  if (*parser_prefix != '\0' && g_str_has_prefix (problem->message, parser_prefix))
    plain.message = _("the file is damaged here: its text is not well-formed XML");
  return livc_problem_to_string (&plain);
}

/* What a system error means for the user; NULL when its own message says it best. */
static const char *
plain_error (GError *error)
{
  if (error->domain != G_IO_ERROR)
    return NULL;
  switch (error->code)
    {
    case G_IO_ERROR_PERMISSION_DENIED:
      return _("You are not allowed to use that file or folder. Choose another place.");
    case G_IO_ERROR_NO_SPACE:
      return _("The disk is full. Free some space or choose another place.");
    case G_IO_ERROR_NOT_FOUND:
      return _("The file or its folder no longer exists.");
    case G_IO_ERROR_READ_ONLY:
      return _("That place cannot be written to. Choose another place.");
    default:
      return NULL;
    }
}

void
livc_show_problems (GtkWindow       *parent,
                    const char      *heading,
                    LivcDiagnostics *diag,
                    GError          *error)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *previous = NULL;
  GtkWidget *dialog;
  guint n = diag != NULL ? livc_diagnostics_get_n (diag) : 0;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (heading != NULL);

  for (guint i = 0; i < n && i < MAX_PROBLEM_LINES; i++)
    {
      const LivcProblem *problem = livc_diagnostics_get (diag, i);
      g_autofree char *line = plain_problem (problem);
      g_autofree char *raw = livc_problem_to_string (problem);

      /* The parser often says several things of one line: the body says it once. */
      if (g_strcmp0 (line, previous) != 0)
        g_string_append_printf (body, "%s%s", body->len > 0 ? "\n" : "", line);
      g_string_append_printf (details, "%s%s", details->len > 0 ? "\n" : "", raw);
      g_free (previous);
      previous = g_steal_pointer (&line);
    }
  if (n > MAX_PROBLEM_LINES)
    {
      g_string_append_c (body, '\n');
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "… and %u more problem",
                                                 "… and %u more problems", n - MAX_PROBLEM_LINES),
                              n - MAX_PROBLEM_LINES);
    }
  if (body->len == 0 && error != NULL)
    {
      const char *plain = plain_error (error);

      g_string_append (body, plain != NULL ? plain : error->message);
      if (plain != NULL)
        g_string_append (details, error->message);
    }

  /* A window that is not shown yet (files opened at start) shows under its problems. */
  if (parent != NULL && !gtk_widget_get_visible (GTK_WIDGET (parent)))
    gtk_window_present (parent);
  dialog = adw_message_dialog_new (parent, heading, NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body->str);
  /* The full paths and the parser's or the system's own words, for whoever fixes the file. */
  if (details->len > 0 && !g_str_equal (details->str, body->str))
    {
      GtkWidget *expander = gtk_expander_new_with_mnemonic (_("_Details"));
      GtkWidget *label = gtk_label_new (details->str);

      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "problems-details");
      gtk_expander_set_child (GTK_EXPANDER (expander), label);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), expander);
    }
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_widget_add_css_class (dialog, "problems-dialog");
  gtk_window_present (GTK_WINDOW (dialog));
}
