package jp.kenpokpi.app.api;

/** A query parameter of the API that cannot be read: 400, naming the parameter, with the Japanese reason. */
public class ApiParameterException extends RuntimeException {

    private final String parameter;

    public ApiParameterException(String parameter, String messageJa) {
        super(messageJa);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
