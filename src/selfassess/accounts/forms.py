from django import forms
from django.contrib.auth.forms import AuthenticationForm


class LoginForm(AuthenticationForm):
    """Log in with an e-mail address and a password, with GOV.UK-style messages."""

    username = forms.EmailField(
        label="E-mail address",
        error_messages={
            "required": "Enter your e-mail address",
            "invalid": "Enter an e-mail address in the correct format, like name@example.org",
        },
    )
    password = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput,
        error_messages={"required": "Enter your password"},
    )
    error_messages = {
        "invalid_login": "Enter a correct e-mail address and password. Passwords are case-sensitive.",
        "inactive": "This account has been switched off. Ask your centre manager or coordinator.",
    }


class TokenForm(forms.Form):
    """The 6-digit code from an authenticator app."""

    token = forms.RegexField(
        label="Code from your authenticator app",
        regex=r"^\s*\d{6}\s*$",
        error_messages={
            "required": "Enter the 6-digit code from your authenticator app",
            "invalid": "Enter the code as 6 digits, like 123456",
        },
    )

    def clean_token(self) -> str:
        return str(self.cleaned_data["token"]).strip()
